package io.eksform.rego.compile;

import io.eksform.rego.ast.Annotation;
import io.eksform.rego.ast.ArrayTerm;
import io.eksform.rego.ast.Body;
import io.eksform.rego.ast.Call;
import io.eksform.rego.ast.Head;
import io.eksform.rego.ast.Literal;
import io.eksform.rego.ast.Module;
import io.eksform.rego.ast.ObjectTerm;
import io.eksform.rego.ast.Rule;
import io.eksform.rego.ast.Scalar;
import io.eksform.rego.ast.SetTerm;
import io.eksform.rego.ast.Term;
import io.eksform.rego.ast.Terms;
import io.eksform.rego.ast.Var;
import io.eksform.rego.ast.With;
import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code # METADATA} annotations of a set of modules, by scope, and the rewrite OPA's compiler
 * makes: each {@code rego.metadata.chain()} and {@code rego.metadata.rule()} in a rule becomes the
 * constant value it has for that rule.
 */
final class Metadata {
  static final String CHAIN = "rego.metadata.chain";
  static final String RULE = "rego.metadata.rule";

  private final Map<List<String>, ObjectValue> packages = new HashMap<>();
  private final Map<List<String>, ObjectValue> subpackages = new HashMap<>();
  private final Map<List<String>, ObjectValue> documents = new HashMap<>();

  Metadata(List<Module> modules) {
    for (Module m : modules) {
      List<String> pkg = Compiler.packagePath(m);
      for (Annotation a : m.annotations()) {
        switch (a.scope()) {
          case "package" -> packages.putIfAbsent(pkg, a.value());
          case "subpackages" -> subpackages.putIfAbsent(pkg, a.value());
          case "document" ->
              documents.putIfAbsent(rulePath(pkg, m.rules().get(a.rule())), a.value());
          default -> {}
        }
      }
    }
  }

  /** {@code rule} (the {@code index}th of {@code m}) with its metadata calls replaced. */
  Rule rewrite(Module m, int index, Rule rule) {
    if (!calls(rule)) {
      return rule;
    }
    List<String> pkg = Compiler.packagePath(m);
    // rule-scope blocks, the one closest to the rule first
    List<ObjectValue> ruleScope = new ArrayList<>();
    for (Annotation a : m.annotations()) {
      if (a.rule() == index && a.scope().equals("rule")) {
        ruleScope.add(0, a.value());
      }
    }
    List<String> path = rulePath(pkg, rule);
    List<Value> chain = new ArrayList<>();
    for (ObjectValue a : ruleScope) {
      chain.add(entry(path, a));
    }
    // the rule itself always leads the chain, annotated or not
    if (ruleScope.isEmpty()) {
      chain.add(entry(path, null));
    }
    if (documents.containsKey(path)) {
      chain.add(entry(path, documents.get(path)));
    }
    if (packages.containsKey(pkg)) {
      chain.add(entry(pkg, packages.get(pkg)));
    }
    for (int n = pkg.size(); n > 0; n--) {
      List<String> p = pkg.subList(0, n);
      if (subpackages.containsKey(p)) {
        chain.add(entry(p, subpackages.get(p)));
      }
    }
    // rego.metadata.rule() is the closest rule-scope block only, never the document's
    Value ruleValue = ruleScope.isEmpty() ? ObjectValue.EMPTY : ruleScope.get(0);
    Term chainTerm = term(new ArrayValue(chain));
    Term ruleTerm = term(ruleValue);
    return replace(
        rule,
        t -> {
          if (t instanceof Call c && c.args().isEmpty()) {
            if (c.name().equals(CHAIN)) {
              return chainTerm;
            }
            if (c.name().equals(RULE)) {
              return ruleTerm;
            }
          }
          return t;
        });
  }

  private static boolean calls(Rule rule) {
    boolean[] found = {false};
    replace(
        rule,
        t -> {
          if (t instanceof Call c && (c.name().equals(CHAIN) || c.name().equals(RULE))) {
            found[0] = true;
          }
          return t;
        });
    return found[0];
  }

  private static Rule replace(Rule r, java.util.function.UnaryOperator<Term> f) {
    Head h = r.head();
    Head head =
        new Head(
            h.ref(),
            h.args(),
            h.key() == null ? null : map(h.key(), f),
            h.value() == null ? null : map(h.value(), f),
            h.assign());
    Rule elseRule = r.elseRule() == null ? null : replace(r.elseRule(), f);
    return new Rule(head, body(r.body(), f), elseRule, r.isDefault(), r.location());
  }

  private static Term map(Term t, java.util.function.UnaryOperator<Term> f) {
    return Terms.map(t, f, b -> body(b, f));
  }

  private static Body body(Body b, java.util.function.UnaryOperator<Term> f) {
    List<Literal> out = new ArrayList<>();
    for (Literal l : b.literals()) {
      List<With> withs = new ArrayList<>();
      for (With w : l.withs()) {
        withs.add(new With(w.target(), map(w.value(), f), w.location()));
      }
      out.add(
          new Literal(
              Terms.mapExpr(l.expr(), f, x -> body(x, f)), l.negated(), withs, l.location()));
    }
    return new Body(out);
  }

  /** The package path followed by the rule's leading constant name parts. */
  private static List<String> rulePath(List<String> pkg, Rule rule) {
    List<String> out = new ArrayList<>(pkg);
    out.add(((Var) rule.head().ref().head()).name());
    for (Term t : rule.head().ref().path()) {
      if (!(t instanceof Scalar s && s.value() instanceof StringValue sv)) {
        break;
      }
      out.add(sv.value());
    }
    return out;
  }

  private static Value entry(List<String> path, ObjectValue annotations) {
    TreeMap<Value, Value> out = new TreeMap<>();
    out.put(StringValue.of("path"), strings(path));
    if (annotations != null) {
      out.put(StringValue.of("annotations"), annotations);
    }
    return ObjectValue.wrap(out);
  }

  private static Value strings(List<String> path) {
    return new ArrayValue(path.stream().map(s -> (Value) StringValue.of(s)).toList());
  }

  /** A constant value as a term the evaluator reads back unchanged. */
  private static Term term(Value v) {
    io.eksform.rego.ast.Location at = io.eksform.rego.ast.Location.NONE;
    if (v instanceof ArrayValue a) {
      return new ArrayTerm(a.elements().stream().map(Metadata::term).toList(), at);
    }
    if (v instanceof SetValue s) {
      return new SetTerm(s.elements().stream().map(Metadata::term).toList(), at);
    }
    if (v instanceof ObjectValue o) {
      List<ObjectTerm.Entry> es = new ArrayList<>();
      o.entries().forEach((k, x) -> es.add(new ObjectTerm.Entry(term(k), term(x))));
      return new ObjectTerm(es, at);
    }
    return new Scalar(v, at);
  }
}
