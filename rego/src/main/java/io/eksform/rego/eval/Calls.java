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

  boolean call(Call c, Scope s, Frame f, ValueCont k) {
    String name = c.name();
    if (name.equals("print")) {
      return print(c, s, f, k);
    }
    int n = arity(name);
    boolean output = n >= 0 && c.args().size() == n + 1;
    List<Term> inputs = output ? c.args().subList(0, n) : c.args();
    ValueCont result =
        output ? r -> eval.match(c.args().get(n), r, s, f, () -> k.accept(BooleanValue.TRUE)) : k;
    return eval.list(inputs, s, f, vals -> invoke(name, vals, c.location(), s, result, true));
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
    String[] parts = name.split("\\.");
    RuleNode n = eval.policy.root();
    for (int i = 1; i < parts.length && n != null; i++) {
      n = n.child(StringValue.of(parts[i]));
    }
    return n;
  }

  private boolean invoke(
      String name, List<Value> args, Location at, Scope s, ValueCont k, boolean mockable) {
    if (mockable) {
      Scope.Mock mock = s.mocks.get(name);
      if (mock != null) {
        if (mock.value() != null) {
          return k.accept(mock.value());
        }
        Scope original = new Scope(s.input, s.data, s.overrides, Map.of());
        return invoke(mock.function(), args, at, original, k, false);
      }
    }
    if (name.startsWith("data.")) {
      RuleNode node = function(name);
      if (node == null || !node.isFunction()) {
        return false;
      }
      Value v = eval.docs.rules().call(node, args, s);
      return v == null ? false : k.accept(v);
    }
    if (name.equals("walk")) {
      return walk(List.of(), args.get(0), k);
    }
    Optional<Builtin> b = eval.policy.builtins().find(name);
    if (b.isEmpty()) {
      throw new EvalException(
          "eval_builtin_error",
          name + ": not available in eksform; replace it with `with` to test this policy",
          at);
    }
    Value v;
    try {
      v = b.get().function().call(this, args);
    } catch (BuiltinException e) {
      if (eval.options.strict()) {
        throw new EvalException(e.code().text(), e.getMessage(), at);
      }
      return false;
    }
    return v == null ? false : k.accept(v);
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
