package io.eksform.rego.eval;

import io.eksform.rego.ast.Call;
import io.eksform.rego.ast.Location;
import io.eksform.rego.ast.Term;
import io.eksform.rego.builtins.Builtin;
import io.eksform.rego.builtins.BuiltinContext;
import io.eksform.rego.builtins.BuiltinException;
import io.eksform.rego.compile.RuleNode;
import io.eksform.rego.compile.UnavailableBuiltins;
import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Function calls: user functions, builtins, {@code with} replacements, and the builtins that need
 * the evaluator ({@code walk}, {@code print}). Builtin errors become undefined unless strict.
 */
final class Calls implements BuiltinContext {
  private final Eval eval;

  Calls(Eval eval) {
    this.eval = eval;
  }

  @Override
  public Instant now() {
    return eval.options.now();
  }

  @Override
  public PrintStream printSink() {
    return eval.options.printSink();
  }

  @Override
  public boolean strict() {
    return eval.options.strict();
  }

  /** What a call site names, resolved once per policy: its name, arity and target. */
  private record Target(String name, int arity, RuleNode function, Builtin builtin) {}

  private Target target(Call c) {
    Object t = c.site().target(eval.policy);
    if (t == null) {
      t = resolve(c);
      c.site().remember(eval.policy, t);
    }
    return (Target) t;
  }

  private Target resolve(Call c) {
    String name = c.name();
    return new Target(name, arity(name), function(name), builtin(name));
  }

  private Builtin builtin(String name) {
    return name.startsWith("data.") ? null : eval.policy.builtins().find(name).orElse(null);
  }

  boolean call(Call c, Scope s, Frame f, ValueCont k) {
    Target t = target(c);
    if (t.name().equals("print")) {
      return print(c, s, f, k);
    }
    int n = t.arity();
    boolean output = n >= 0 && c.args().size() == n + 1;
    List<Term> inputs = output ? c.args().subList(0, n) : c.args();
    ValueCont result =
        output ? r -> eval.match(c.args().get(n), r, s, f, () -> k.accept(BooleanValue.TRUE)) : k;
    return eval.list(inputs, s, f, vals -> invoke(t, vals, c.location(), s, result));
  }

  /**
   * True when a call can be evaluated directly once its arguments are known: a builtin or function
   * with all its arguments and no output argument, not replaced by {@code with}, and not one of the
   * builtins that need the evaluator.
   */
  boolean simple(Call c, Scope s) {
    Target t = target(c);
    return s.mocks.isEmpty()
        && t.arity() >= 0
        && c.args().size() == t.arity()
        && !t.name().equals("print")
        && !t.name().equals("walk");
  }

  /** The result of a call {@link #simple} accepted, given its argument values; null: undefined. */
  Value invokeDirect(Call c, List<Value> args, Scope s) {
    return result(target(c), args, c.location(), s);
  }

  private int arity(String name) {
    if (name.startsWith("data.")) {
      RuleNode node = function(name);
      return node == null ? -1 : node.arity();
    }
    Optional<Builtin> b = eval.policy.builtins().find(name);
    return b.isPresent() ? b.get().arity() : UnavailableBuiltins.arity(name);
  }

  private RuleNode function(String name) {
    if (!name.startsWith("data.")) {
      return null;
    }
    String[] parts = name.split("\\.");
    RuleNode n = eval.policy.root();
    for (int i = 1; i < parts.length && n != null; i++) {
      n = n.child(StringValue.of(parts[i]));
    }
    return n;
  }

  private boolean invoke(Target t, List<Value> args, Location at, Scope s, ValueCont k) {
    if (!s.mocks.isEmpty()) {
      Scope.Mock mock = s.mocks.get(t.name());
      if (mock != null) {
        if (mock.value() != null) {
          return k.accept(mock.value());
        }
        Scope original = new Scope(s.input, s.data, s.overrides, Map.of());
        String name = mock.function();
        Target replacement = new Target(name, arity(name), function(name), builtin(name));
        return invokeTarget(replacement, args, at, original, k);
      }
    }
    return invokeTarget(t, args, at, s, k);
  }

  private boolean invokeTarget(Target t, List<Value> args, Location at, Scope s, ValueCont k) {
    if (t.name().equals("walk")) {
      return walk(List.of(), args.get(0), k);
    }
    Value v = result(t, args, at, s);
    return v != null && k.accept(v);
  }

  /** The one value of a call to a function or a builtin other than walk; null when undefined. */
  private Value result(Target t, List<Value> args, Location at, Scope s) {
    String name = t.name();
    if (name.startsWith("data.")) {
      RuleNode node = t.function();
      if (node == null || !node.isFunction()) {
        return null;
      }
      return eval.docs.rules().call(node, args, s);
    }
    Builtin b = t.builtin();
    if (b == null) {
      throw new EvalException(
          "eval_builtin_error",
          name + ": not available in eksform; replace it with `with` to test this policy",
          at);
    }
    try {
      Value v = b.function().call(this, args);
      if (v != null) {
        eval.budget.built(v, name, at);
      }
      return v;
    } catch (OutOfMemoryError e) {
      // the builtin's one big allocation failed and is gone: the heap is usable again
      throw eval.budget.tooBig(name, at);
    } catch (BuiltinException e) {
      if (eval.options.strict()) {
        throw new EvalException(e.code().text(), e.getMessage(), at);
      }
      return null;
    }
  }

  /** {@code walk(x)}: every [path, value] pair of {@code x}, the root first. */
  private boolean walk(List<Value> path, Value v, ValueCont k) {
    if (k.accept(ArrayValue.of(new ArrayValue(path), v))) {
      return true;
    }
    return Elements.forEach(
        v,
        (key, child) -> {
          List<Value> p = new ArrayList<>(path);
          p.add(key);
          return walk(p, child, k);
        });
  }

  private boolean print(Call c, Scope s, Frame f, ValueCont k) {
    PrintStream sink = eval.options.printSink();
    if (sink != null) {
      List<String> parts = new ArrayList<>();
      for (Term t : c.args()) {
        List<Value> vs = new ArrayList<>();
        eval.eval(
            t,
            s,
            f,
            v -> {
              vs.add(v);
              return false;
            });
        if (vs.isEmpty()) {
          parts.add("<undefined>");
        } else {
          Value v = vs.get(0);
          parts.add(v instanceof StringValue str ? str.value() : v.toRego());
        }
      }
      sink.println(String.join(" ", parts));
    }
    return k.accept(BooleanValue.TRUE);
  }
}
