package io.eksform.rego.eval;

import io.eksform.rego.ast.Location;
import io.eksform.rego.ast.Term;
import io.eksform.rego.compile.RuleNode;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The {@code data} document: base data merged with the values of rules, resolved path by path
 * through the rule tree and cached per scope.
 */
final class Documents {
  private final Eval eval;
  private final RuleValues rules;

  Documents(Eval eval) {
    this.eval = eval;
    this.rules = new RuleValues(eval);
  }

  RuleValues rules() {
    return rules;
  }

  boolean ref(List<Term> path, Scope s, Frame f, ValueCont k) {
    return walk(eval.policy.root(), List.of(), path, 0, s, f, k);
  }

  private boolean walk(
      RuleNode node, List<Value> prefix, List<Term> path, int i, Scope s, Frame f, ValueCont k) {
    if (!s.overrides.isEmpty()) {
      Value ov = s.overrides.get(prefix);
      if (ov != null) {
        return eval.walk(ov, path, i, s, f, k);
      }
    }
    if (node == null) {
      Value base = base(s, prefix);
      return base == null ? false : baseWalk(base, path, i, s, f, k);
    }
    if (node.isFunction()) {
      return false;
    }
    if (node.hasRules() || i == path.size()) {
      Value v = document(node, prefix, s);
      return v == null ? false : eval.walk(v, path, i, s, f, k);
    }
    Term seg = eval.deref(path.get(i), f);
    if (eval.isPattern(seg, f)) {
      TreeSet<Value> keys = new TreeSet<>();
      for (Map.Entry<Value, RuleNode> c : node.children().entrySet()) {
        if (!c.getValue().isFunction()) {
          keys.add(c.getKey());
        }
      }
      if (base(s, prefix) instanceof ObjectValue o) {
        keys.addAll(o.entries().keySet());
      }
      for (Value key : keys) {
        if (eval.match(
            seg,
            key,
            s,
            f,
            () -> walk(node.child(key), append(prefix, key), path, i + 1, s, f, k))) {
          return true;
        }
      }
      return false;
    }
    return eval.eval(
        seg,
        s,
        f,
        key -> {
          Value k2 = key;
          RuleNode child = node.child(key);
          if (child == null && key instanceof NumberValue n) {
            StringValue asText = StringValue.of(n.toString());
            if (node.child(asText) != null) {
              child = node.child(asText);
              k2 = asText;
            }
          }
          return walk(child, append(prefix, k2), path, i + 1, s, f, k);
        });
  }

  /**
   * The value at {@code data} followed by {@code keys} (all known), walking the rule tree without
   * the search; null when undefined. {@link Direct#NOT_SIMPLE} when {@code with} replaces part of
   * {@code data} or a key is a number (which may also name a key spelled as that number): the
   * search handles those.
   */
  Value at(Value[] keys, Scope s) {
    if (!s.overrides.isEmpty()) {
      return Direct.NOT_SIMPLE;
    }
    RuleNode node = eval.policy.root();
    int i = 0;
    while (true) {
      if (node.isFunction()) {
        return null;
      }
      if (node.hasRules() || i == keys.length) {
        Value v = document(node, node.path(), s);
        for (int j = i; j < keys.length && v != null; j++) {
          v = Elements.lookup(v, keys[j]);
        }
        return v;
      }
      Value key = keys[i];
      if (key instanceof NumberValue) {
        return Direct.NOT_SIMPLE;
      }
      RuleNode child = node.child(key);
      if (child == null) {
        Value v = base(s, node.path());
        for (int j = i; j < keys.length && v != null; j++) {
          v = Elements.dataLookup(v, keys[j]);
        }
        return v;
      }
      node = child;
      i++;
    }
  }

  /** Like {@link Eval#walk} but with stored-data lookup, where {@code 2} also finds "2". */
  private boolean baseWalk(Value cur, List<Term> path, int i, Scope s, Frame f, ValueCont k) {
    if (i == path.size()) {
      return k.accept(cur);
    }
    Term seg = eval.deref(path.get(i), f);
    if (eval.isPattern(seg, f)) {
      return eval.walk(cur, path, i, s, f, k);
    }
    return eval.eval(
        seg,
        s,
        f,
        key -> {
          Value child = Elements.dataLookup(cur, key);
          return child == null ? false : baseWalk(child, path, i + 1, s, f, k);
        });
  }

  private static List<Value> append(List<Value> prefix, Value key) {
    List<Value> out = new ArrayList<>(prefix.size() + 1);
    out.addAll(prefix);
    out.add(key);
    return out;
  }

  private static Value base(Scope s, List<Value> prefix) {
    Value cur = s.data;
    for (Value k : prefix) {
      cur = Elements.dataLookup(cur, k);
      if (cur == null) {
        return null;
      }
    }
    return cur;
  }

  /** The full document at {@code node}: rule values, base data and everything below, or null. */
  Value document(RuleNode node, List<Value> prefix, Scope s) {
    if (!s.overrides.isEmpty()) {
      Value ov = s.overrides.get(prefix);
      if (ov != null) {
        return ov;
      }
    }
    if (node == null) {
      return base(s, prefix);
    }
    if (node.isFunction()) {
      return null;
    }
    Object cached = s.documents.get(node);
    if (cached != null) {
      return cached == Scope.UNDEFINED ? null : (Value) cached;
    }
    if (!s.inProgress.add(prefix)) {
      throw new EvalException(
          "rego_recursion_error", "rule " + node.name() + " is recursive", null);
    }
    Value v;
    try {
      v = compute(node, prefix, s);
    } finally {
      s.inProgress.remove(prefix);
    }
    s.documents.put(node, v == null ? Scope.UNDEFINED : v);
    return v;
  }

  /** A node whose keyed rules build an object and whose children add to it: clashes conflict. */
  private Value combined(RuleNode node, List<Value> prefix, Scope s) {
    Map<Value, Object> tree = rules.tree(node, s);
    Location at = node.rules().get(0).rule().location();
    for (Map.Entry<Value, RuleNode> c : node.children().entrySet()) {
      mergeNode(tree, c.getKey(), c.getValue(), append(prefix, c.getKey()), s, at);
    }
    return patched(RuleValues.freeze(tree), prefix, s);
  }

  @SuppressWarnings("unchecked")
  private void mergeNode(
      Map<Value, Object> tree, Value key, RuleNode child, List<Value> path, Scope s, Location at) {
    if (child.isFunction()) {
      return;
    }
    Object existing = tree.get(key);
    if (child.hasRules()) {
      Value v = document(child, path, s);
      if (v == null) {
        return;
      }
      if (existing == null) {
        tree.put(key, v);
      } else if (existing instanceof java.util.TreeSet<?> set && v instanceof SetValue sv) {
        ((java.util.TreeSet<Value>) set).addAll(sv.elements());
      } else if (!(existing instanceof Value ev) || !ev.equals(v)) {
        throw EvalException.conflict("object keys must be unique", at);
      }
      return;
    }
    Map<Value, Object> sub;
    if (existing == null) {
      sub = new TreeMap<>();
      tree.put(key, sub);
    } else if (existing instanceof Map<?, ?> m) {
      sub = (Map<Value, Object>) m;
    } else {
      throw EvalException.conflict("object keys must be unique", at);
    }
    for (Map.Entry<Value, RuleNode> c : child.children().entrySet()) {
      mergeNode(sub, c.getKey(), c.getValue(), append(path, c.getKey()), s, at);
    }
  }

  private Value compute(RuleNode node, List<Value> prefix, Scope s) {
    if (node.hasRules()
        && !node.children().isEmpty()
        && node.kind() != io.eksform.rego.compile.RuleKind.COMPLETE) {
      return combined(node, prefix, s);
    }
    Value v = node.hasRules() ? rules.value(node, s) : null;
    if (node.hasRules() && node.children().isEmpty()) {
      return patched(v, prefix, s);
    }
    TreeMap<Value, Value> out = new TreeMap<>();
    if (node.hasRules()) {
      if (v instanceof ObjectValue o) {
        out.putAll(o.entries());
      }
    } else {
      Value base = base(s, prefix);
      if (base instanceof ObjectValue o) {
        out.putAll(o.entries());
      } else if (base != null) {
        return base;
      }
    }
    for (Map.Entry<Value, RuleNode> c : node.children().entrySet()) {
      if (c.getValue().isFunction()) {
        continue;
      }
      Value cv = document(c.getValue(), append(prefix, c.getKey()), s);
      if (cv == null) {
        continue;
      }
      Value existing = out.get(c.getKey());
      out.put(c.getKey(), existing == null ? cv : Upsert.mergeValues(existing, cv));
    }
    return patched(ObjectValue.wrap(out), prefix, s);
  }

  /** Applies {@code with} replacements that lie strictly below {@code prefix}. */
  private static Value patched(Value v, List<Value> prefix, Scope s) {
    if (v == null || s.overrides.isEmpty()) {
      return v;
    }
    Value out = v;
    for (Map.Entry<List<Value>, Value> o : s.overrides.entrySet()) {
      List<Value> p = o.getKey();
      if (p.size() > prefix.size() && p.subList(0, prefix.size()).equals(prefix)) {
        out = Upsert.at(out, p.subList(prefix.size(), p.size()), o.getValue());
      }
    }
    return out;
  }
}
