package io.eksform.rego.eval;

import io.eksform.rego.ast.Location;
import io.eksform.rego.ast.Rule;
import io.eksform.rego.ast.Scalar;
import io.eksform.rego.ast.Term;
import io.eksform.rego.compile.CompiledRule;
import io.eksform.rego.compile.RuleNode;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.Value;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Computes what the rules of one node produce: a complete value, a set, an object built from ref
 * heads, or a function's result for given arguments; raises OPA's conflict errors.
 */
final class RuleValues {
  private static final Term TRUE = new Scalar(BooleanValue.TRUE, Location.NONE);
  private final Eval eval;

  RuleValues(Eval eval) {
    this.eval = eval;
  }

  private void hit(Rule r) {
    if (eval.options.ruleHits() != null) {
      eval.options.ruleHits().accept(r.location());
    }
  }

  Value value(RuleNode node, Scope s) {
    enter(node);
    try {
      return switch (node.kind()) {
        case COMPLETE -> complete(node, s);
        case MULTI, OBJECT -> collection(node, s);
        case FUNCTION -> null;
      };
    } finally {
      eval.budget.leave();
    }
  }

  private void enter(RuleNode node) {
    CompiledRule first = node.rules().isEmpty() ? node.defaultRule() : node.rules().get(0);
    eval.budget.enter(node.name(), first == null ? null : first.rule().location());
  }

  private Value complete(RuleNode node, Scope s) {
    Output values = new Output();
    for (int ri = 0; ri < node.rules().size(); ri++) {
      CompiledRule r = node.rules().get(ri);
      chain(r.rule(), s, values);
      if (values.conflict) {
        throw EvalException.conflict(
            "complete rules must not produce multiple outputs", r.rule().location());
      }
    }
    if (values.value != null) {
      return values.value;
    }
    if (node.defaultRule() != null) {
      hit(node.defaultRule().rule());
    }
    return defaultValue(node, s);
  }

  /**
   * The values a complete rule or a function call produced: at most one is allowed, so only the
   * first is kept and a different second one marks a conflict.
   */
  private static final class Output {
    Value value;
    boolean conflict;

    void add(Value v) {
      if (value == null) {
        value = v;
      } else if (!value.equals(v)) {
        conflict = true;
      }
    }

    boolean isEmpty() {
      return value == null && !conflict;
    }
  }

  private Value defaultValue(RuleNode node, Scope s) {
    CompiledRule d = node.defaultRule();
    if (d == null) {
      return null;
    }
    Value[] out = {null};
    eval.eval(
        d.rule().head().value(),
        s,
        new Frame(),
        v -> {
          out[0] = v;
          return true;
        });
    return out[0];
  }

  /** Values of the first body in an else chain that has solutions. */
  private void chain(Rule r, Scope s, Output out) {
    Frame f = new Frame();
    Output got = new Output();
    Term value = r.head().value() == null ? TRUE : r.head().value();
    eval.body(
        r.body().literals(),
        0,
        s,
        f,
        () ->
            eval.eval(
                value,
                s,
                f,
                v -> {
                  got.add(v);
                  return false;
                }));
    if (!got.isEmpty()) {
      hit(r);
      merge(out, got);
      if (out.conflict) {
        throw EvalException.conflict(
            "complete rules must not produce multiple outputs", r.location());
      }
      return;
    }
    if (r.elseRule() != null) {
      chain(r.elseRule(), s, out);
    }
  }

  private static void merge(Output out, Output got) {
    out.add(got.value);
    out.conflict |= got.conflict;
  }

  private Value collection(RuleNode node, Scope s) {
    boolean isSet = node.kind() == io.eksform.rego.compile.RuleKind.MULTI;
    boolean flatSet = isSet && flat(node);
    if (flatSet) {
      TreeSet<Value> members = new TreeSet<>();
      for (int ri = 0; ri < node.rules().size(); ri++) {
        CompiledRule r = node.rules().get(ri);
        Frame f = new Frame();
        Rule rule = r.rule();
        eval.body(
            rule.body().literals(),
            0,
            s,
            f,
            () ->
                eval.eval(
                    rule.head().key(),
                    s,
                    f,
                    v -> {
                      members.add(v);
                      hit(rule);
                      return false;
                    }));
      }
      return SetValue.wrap(members);
    }
    return freeze(tree(node, s));
  }

  private static boolean flat(RuleNode node) {
    for (int ri = 0; ri < node.rules().size(); ri++) {
      CompiledRule r = node.rules().get(ri);
      if (!r.tail().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** The object a node's keyed rules build, before freezing: maps, sets and leaf values. */
  Map<Value, Object> tree(RuleNode node, Scope s) {
    boolean isSet = node.kind() == io.eksform.rego.compile.RuleKind.MULTI;
    Map<Value, Object> tree = new TreeMap<>();
    for (int ri = 0; ri < node.rules().size(); ri++) {
      CompiledRule r = node.rules().get(ri);
      Frame f = new Frame();
      Rule rule = r.rule();
      Term leaf = isSet ? rule.head().key() : valueOf(rule);
      List<Term> keys = r.tail();
      eval.body(
          rule.body().literals(),
          0,
          s,
          f,
          () ->
              eval.list(
                  keys,
                  s,
                  f,
                  ks ->
                      eval.eval(
                          leaf,
                          s,
                          f,
                          v -> {
                            insert(tree, ks, v, isSet, rule.location());
                            hit(rule);
                            return false;
                          })));
    }
    return tree;
  }

  private static Term valueOf(Rule r) {
    return r.head().value() == null ? TRUE : r.head().value();
  }

  @SuppressWarnings("unchecked")
  private static void insert(
      Map<Value, Object> tree, List<Value> keys, Value v, boolean isSet, Location at) {
    Map<Value, Object> cur = tree;
    for (int i = 0; i < keys.size() - 1; i++) {
      Object o = cur.get(keys.get(i));
      if (o == null) {
        Map<Value, Object> m = new TreeMap<>();
        cur.put(keys.get(i), m);
        cur = m;
      } else if (o instanceof Map<?, ?> m) {
        cur = (Map<Value, Object>) m;
      } else {
        throw EvalException.conflict("object keys must be unique", at);
      }
    }
    Value key = keys.get(keys.size() - 1);
    Object old = cur.get(key);
    if (isSet) {
      if (old == null) {
        TreeSet<Value> set = new TreeSet<>();
        set.add(v);
        cur.put(key, set);
      } else if (old instanceof TreeSet<?> set) {
        ((TreeSet<Value>) set).add(v);
      } else {
        throw EvalException.conflict("object keys must be unique", at);
      }
    } else if (old == null) {
      cur.put(key, v);
    } else if (!(old instanceof Value ov) || !ov.equals(v)) {
      throw EvalException.conflict("object keys must be unique", at);
    }
  }

  @SuppressWarnings("unchecked")
  static Value freeze(Object o) {
    if (o instanceof Value v) {
      return v;
    }
    if (o instanceof TreeSet<?> set) {
      return SetValue.wrap((TreeSet<Value>) set);
    }
    TreeMap<Value, Value> out = new TreeMap<>();
    for (Map.Entry<Value, Object> e : ((Map<Value, Object>) o).entrySet()) {
      out.put(e.getKey(), freeze(e.getValue()));
    }
    return ObjectValue.wrap(out);
  }

  // ---- functions -----------------------------------------------------------------------------

  /** The result of calling the function at {@code node}, or null when undefined. */
  Value call(RuleNode node, List<Value> args, Scope s) {
    CallKey key = CallKey.of(node, args);
    Object cached = s.cache.get(key);
    if (cached != null) {
      return cached == Scope.UNDEFINED ? null : (Value) cached;
    }
    enter(node);
    try {
      return uncachedCall(node, args, s, key);
    } finally {
      eval.budget.leave();
    }
  }

  private Value uncachedCall(RuleNode node, List<Value> args, Scope s, CallKey key) {
    Output out = new Output();
    for (int ri = 0; ri < node.rules().size(); ri++) {
      CompiledRule r = node.rules().get(ri);
      functionChain(r.rule(), args, s, out);
      if (out.conflict) {
        throw EvalException.conflict(
            "functions must not produce multiple outputs for same inputs", r.rule().location());
      }
    }
    Value result = out.value == null ? functionDefault(node, s) : out.value;
    s.cache.put(key, result == null ? Scope.UNDEFINED : result);
    return result;
  }

  /** A function call as a cache key: the function and its argument values, hashed once. */
  private record CallKey(RuleNode node, List<Value> args, int hash) {
    static CallKey of(RuleNode node, List<Value> args) {
      int h = System.identityHashCode(node);
      for (int i = 0; i < args.size(); i++) {
        h = 31 * h + args.get(i).hashCode();
      }
      return new CallKey(node, args, h);
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof CallKey other)
          || other.node != node
          || other.hash != hash
          || other.args.size() != args.size()) {
        return false;
      }
      for (int i = 0; i < args.size(); i++) {
        if (!args.get(i).equals(other.args.get(i))) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private Value functionDefault(RuleNode node, Scope s) {
    return node.defaultRule() == null ? null : defaultValue(node, s);
  }

  private void functionChain(Rule r, List<Value> args, Scope s, Output out) {
    Frame f = new Frame();
    Output got = new Output();
    Term value = valueOf(r);
    eval.matchAll(
        r.head().args(),
        args,
        0,
        s,
        f,
        () ->
            eval.body(
                r.body().literals(),
                0,
                s,
                f,
                () ->
                    eval.eval(
                        value,
                        s,
                        f,
                        v -> {
                          got.add(v);
                          return false;
                        })));
    if (!got.isEmpty()) {
      hit(r);
      merge(out, got);
      if (out.conflict) {
        throw EvalException.conflict(
            "functions must not produce multiple outputs for same inputs", r.location());
      }
      return;
    }
    if (r.elseRule() != null) {
      functionChain(r.elseRule(), args, s, out);
    }
  }
}
