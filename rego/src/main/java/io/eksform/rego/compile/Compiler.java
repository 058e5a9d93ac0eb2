package io.eksform.rego.compile;

import io.eksform.rego.ast.Body;
import io.eksform.rego.ast.Expr;
import io.eksform.rego.ast.Head;
import io.eksform.rego.ast.Import;
import io.eksform.rego.ast.Literal;
import io.eksform.rego.ast.Module;
import io.eksform.rego.ast.Ref;
import io.eksform.rego.ast.RegoVersion;
import io.eksform.rego.ast.Rule;
import io.eksform.rego.ast.Scalar;
import io.eksform.rego.ast.TemplateString;
import io.eksform.rego.ast.Term;
import io.eksform.rego.ast.Terms;
import io.eksform.rego.ast.Var;
import io.eksform.rego.builtins.BuiltinRegistry;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compiles modules into a {@link CompiledPolicy}: rule tree, name resolution, checks, safety. */
public final class Compiler {
  private final BuiltinRegistry builtins;

  /** Files read as Rego v0: only they may call the built-ins OPA 1.x removed. */
  private final Set<String> v0Files = new HashSet<>();

  public Compiler(BuiltinRegistry builtins) {
    this.builtins = builtins;
  }

  /** True when the module of {@code file} was read as Rego v0. */
  boolean isV0(String file) {
    return v0Files.contains(file);
  }

  /** Compiles {@code modules} together, as OPA compiles the modules of one bundle. */
  public CompiledPolicy compile(List<Module> modules) {
    Map<List<String>, Set<String>> names = new HashMap<>();
    for (Module m : modules) {
      if (m.version() == RegoVersion.V0) {
        v0Files.add(m.file());
      }
      Set<String> set = names.computeIfAbsent(packagePath(m), k -> new HashSet<>());
      for (Rule r : m.rules()) {
        set.add(((Var) r.head().ref().head()).name());
      }
    }
    RuleNode root = new RuleNode(List.of());
    Set<String> mocked = new HashSet<>();
    Renamer renamer = new Renamer();
    Metadata metadata = new Metadata(modules);
    for (Module m : modules) {
      List<String> pkg = packagePath(m);
      RuleNode pkgNode = root;
      for (String p : pkg) {
        pkgNode = pkgNode.childOrCreate(StringValue.of(p));
      }
      Resolver resolver = new Resolver(pkg, names.get(pkg), aliases(m));
      for (int i = 0; i < m.rules().size(); i++) {
        Rule r = metadata.rewrite(m, i, m.rules().get(i));
        Rule resolved = resolver.rule(renameRule(renamer, r));
        Checks.collectMocks(resolved, mocked);
        insert(root, pkg, resolved);
      }
    }
    CompiledPolicy policy = new CompiledPolicy(root, builtins, mocked);
    Checks checks = new Checks(policy, this);
    Safety safety = new Safety(name -> arity(policy, name));
    finish(root, checks, safety);
    new Recursion(root).check();
    return policy;
  }

  Body query(Body query, CompiledPolicy policy) {
    Body renamed = new Renamer().body(query);
    Set<String> locals = new HashSet<>();
    Terms.vars(renamed, locals);
    Body resolved = new Resolver(List.of(), Set.of(), Map.of()).query(renamed, locals);
    new Checks(policy, this).body(resolved);
    Safety safety = new Safety(name -> arity(policy, name));
    return safety.reorder(resolved, new HashSet<>(), new HashSet<>());
  }

  private static Rule renameRule(Renamer renamer, Rule r) {
    Head h = r.head();
    Head head =
        new Head(
            h.ref(),
            h.args(),
            h.key() == null ? null : renamer.term(h.key()),
            h.value() == null ? null : renamer.term(h.value()),
            h.assign());
    Rule elseRule = r.elseRule() == null ? null : renameRule(renamer, r.elseRule());
    return new Rule(head, renamer.body(r.body()), elseRule, r.isDefault(), r.location());
  }

  static List<String> packagePath(Module m) {
    List<String> out = new ArrayList<>();
    out.add(((Var) m.packagePath().head()).name());
    for (Term t : m.packagePath().path()) {
      out.add(((StringValue) ((Scalar) t).value()).value());
    }
    return out;
  }

  private static Map<String, Ref> aliases(Module m) {
    Map<String, Ref> out = new HashMap<>();
    for (Import imp : m.imports()) {
      Ref path = imp.path();
      String root = ((Var) path.head()).name();
      if (!root.equals("data") && !root.equals("input")) {
        if (root.equals("future") || root.equals("rego")) {
          continue;
        }
        throw new RegoCompileException(
            "rego_parse_error",
            imp.location(),
            "invalid import " + root + ", must begin with one of: {data, input, future, rego}");
      }
      String alias = imp.alias();
      if (alias == null) {
        if (path.path().isEmpty()) {
          continue;
        }
        Term last = path.path().get(path.path().size() - 1);
        alias = ((StringValue) ((Scalar) last).value()).value();
      }
      out.put(alias, path);
    }
    return out;
  }

  private static void insert(RuleNode root, List<String> pkg, Rule rule) {
    Head h = rule.head();
    List<Term> full = new ArrayList<>();
    Var first = (Var) h.ref().head();
    full.add(new Scalar(StringValue.of(first.name()), first.location()));
    full.addAll(h.ref().path());
    RuleNode node = root;
    for (String p : pkg) {
      node = node.childOrCreate(StringValue.of(p));
    }
    int i = 0;
    while (i < full.size() && full.get(i) instanceof Scalar s) {
      node = node.childOrCreate(s.value());
      i++;
    }
    List<Term> tail = full.subList(i, full.size());
    RuleKind kind;
    if (h.isFunction()) {
      kind = RuleKind.FUNCTION;
    } else if (h.isMultiValue()) {
      kind = RuleKind.MULTI;
    } else if (!tail.isEmpty()) {
      kind = RuleKind.OBJECT;
    } else {
      kind = RuleKind.COMPLETE;
    }
    if (node.kind() != null && node.kind() != kind) {
      throw new RegoCompileException(
          "rego_type_error", rule.location(), "conflicting rules " + node.name() + " found");
    }
    if (kind == RuleKind.FUNCTION) {
      if (node.arity() >= 0 && node.arity() != h.args().size()) {
        throw new RegoCompileException(
            "rego_type_error", rule.location(), "conflicting rules " + node.name() + " found");
      }
      node.setArity(h.args().size());
    }
    node.setKind(kind);
    CompiledRule compiled = new CompiledRule(rule, kind, tail, node.name());
    if (rule.isDefault()) {
      if (node.defaultRule() != null) {
        throw new RegoCompileException(
            "rego_type_error", rule.location(), "multiple default rules " + node.name() + " found");
      }
      node.setDefaultRule(compiled);
    } else {
      node.addRule(compiled);
    }
  }

  private void finish(RuleNode node, Checks checks, Safety safety) {
    boolean keyed = node.rules().stream().anyMatch(r -> !r.tail().isEmpty());
    if (node.kind() != null && !keyed && !node.children().isEmpty()) {
      throw new RegoCompileException(
          "rego_type_error",
          (node.rules().isEmpty() ? node.defaultRule() : node.rules().get(0)).rule().location(),
          "rule " + node.name() + " conflicts with rules below it");
    }
    List<CompiledRule> done = new ArrayList<>();
    for (CompiledRule r : node.rules()) {
      checks.rule(r.rule());
      Rule rule = deferTemplateArgs(r.rule());
      done.add(new CompiledRule(safe(rule, r.tail(), safety), r.kind(), r.tail(), r.path()));
    }
    node.replaceRules(done);
    if (node.defaultRule() != null) {
      checks.rule(node.defaultRule().rule());
    }
    for (RuleNode child : node.children().values()) {
      finish(child, checks, safety);
    }
  }

  /**
   * A template string among a function's parameters may use variables its body binds, so it is
   * matched after the body: {@code f($"{x}") := 1 if x = "a"} becomes {@code f($0) := 1 if { x =
   * "a"; $0 = $"{x}" }}.
   */
  private static Rule deferTemplateArgs(Rule rule) {
    Head h = rule.head();
    if (h.args() == null) {
      return rule;
    }
    List<Term> args = new ArrayList<>();
    List<Literal> extra = new ArrayList<>();
    for (int i = 0; i < h.args().size(); i++) {
      Term a = h.args().get(i);
      if (a instanceof TemplateString) {
        Var v = new Var("$arg" + i, a.location());
        args.add(v);
        extra.add(new Literal(new Expr.Unify(v, a), false, List.of(), a.location()));
      } else {
        args.add(a);
      }
    }
    return extra.isEmpty() ? rule : withArgs(rule, args, extra);
  }

  private static Rule withArgs(Rule rule, List<Term> args, List<Literal> extra) {
    Head h = rule.head();
    List<Literal> body = new ArrayList<>(rule.body().literals());
    body.addAll(extra);
    Rule elseRule = rule.elseRule() == null ? null : withArgs(rule.elseRule(), args, extra);
    return new Rule(
        new Head(h.ref(), args, h.key(), h.value(), h.assign()),
        new Body(body),
        elseRule,
        rule.isDefault(),
        rule.location());
  }

  private static Rule safe(Rule rule, List<Term> tail, Safety safety) {
    Head h = rule.head();
    Set<String> bound = new HashSet<>();
    if (h.args() != null) {
      h.args().forEach(a -> Terms.vars(a, bound));
    }
    Set<String> headVars = new HashSet<>();
    VarSets free = new VarSets(Set.of());
    tail.forEach(t -> headVars.addAll(free.inputs(t)));
    if (h.key() != null) {
      headVars.addAll(free.inputs(h.key()));
    }
    if (h.value() != null) {
      headVars.addAll(free.inputs(h.value()));
    }
    headVars.remove("input");
    headVars.remove("data");
    Body body = safety.reorder(rule.body(), bound, headVars);
    for (String v : headVars) {
      if (!bound.contains(v) && !v.startsWith("$")) {
        throw new RegoCompileException(
            "rego_unsafe_var_error", rule.location(), "var " + v + " is unsafe");
      }
    }
    Rule elseRule = rule.elseRule() == null ? null : safe(rule.elseRule(), tail, safety);
    return new Rule(h, body, elseRule, rule.isDefault(), rule.location());
  }

  /** The arity of a function or builtin name as the safety analysis needs it, -1 if unknown. */
  int arity(CompiledPolicy policy, String name) {
    if (name.startsWith("data.")) {
      RuleNode n = policy.function(name);
      return n == null ? -1 : n.arity();
    }
    var b = builtins.find(name);
    if (b.isPresent()) {
      return b.get().arity();
    }
    return UnavailableBuiltins.arity(name);
  }

  /** The node named by a dotted {@code data.a.b} name, or null. */
  static RuleNode nodeAt(RuleNode root, String dotted) {
    String[] parts = dotted.split("\\.");
    List<Value> keys = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      keys.add(StringValue.of(parts[i]));
    }
    return root.find(keys);
  }
}
