package io.eksform.engine.policy;

import io.eksform.engine.lint.Severity;
import io.eksform.rego.PreparedPolicy;
import io.eksform.rego.Rego;
import io.eksform.rego.RuleInfo;
import io.eksform.rego.ast.Module;
import io.eksform.rego.eval.Options;
import io.eksform.rego.parse.Parser;
import io.eksform.rego.parse.RegoParseException;
import io.eksform.rego.testing.RuleTrace;
import io.eksform.rego.value.JsonValues;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Evaluates the built-in rule set and the user's Rego in process with eksform's own evaluator.
 * Modules are compiled once; the queries are compiled once; evaluation is thread-safe.
 */
public final class EmbeddedBackend implements PolicyBackend {
  private static final String BUILTIN_QUERY = "f := data.eksform.rules[_].findings[_]";
  private static final List<String> ERROR_RULES = List.of("deny", "violation");

  private final List<NamedQuery> queries;
  private final PreparedPolicy policy;

  /** Per user package, the query of its conftest {@code exception} rule, when it has one. */
  private final Map<String, PreparedPolicy.Query> exceptions;

  /**
   * One rule that yields findings: {@code suffix} is what follows {@code deny_}, {@code warn_} or
   * {@code violation_} in its name ({@code ""} for the bare names), which exceptions refer to.
   */
  private record NamedQuery(
      PreparedPolicy.Query query, String ruleId, Severity severity, String pkg, String suffix) {}

  /** Compiles the sources; a Rego problem becomes a {@link PolicyException}. */
  public EmbeddedBackend(PolicySources sources, PolicyOptions options) {
    PreparedPolicy policy = prepare(sources);
    this.policy = policy;
    List<NamedQuery> named = new ArrayList<>();
    if (options.builtin()) {
      named.add(new NamedQuery(policy.query(BUILTIN_QUERY), "builtin", Severity.ERROR, "", null));
    }
    List<String> packages = options.allNamespaces() ? sources.userPackages() : options.namespaces();
    Map<String, PreparedPolicy.Query> exceptionQueries = new LinkedHashMap<>();
    if (!sources.userPackages().isEmpty()) {
      Map<String, Set<String>> rulesByPackage = rulesByPackage(policy);
      for (String pkg : packages) {
        Set<String> names = rulesByPackage.getOrDefault(pkg, Set.of());
        for (String rule : findingRules(names)) {
          String kind = rule.contains("_") ? rule.substring(0, rule.indexOf('_')) : rule;
          String suffix = rule.contains("_") ? rule.substring(rule.indexOf('_') + 1) : "";
          Severity severity = ERROR_RULES.contains(kind) ? Severity.ERROR : Severity.WARNING;
          named.add(
              new NamedQuery(
                  policy.query("f := data." + pkg + "." + rule + "[_]"),
                  pkg + "/" + rule,
                  severity,
                  pkg,
                  suffix));
        }
        if (names.contains("exception")) {
          exceptionQueries.put(pkg, policy.query("e := data." + pkg + ".exception[_][_]"));
        }
      }
    }
    this.queries = List.copyOf(named);
    this.exceptions = Map.copyOf(exceptionQueries);
  }

  static PreparedPolicy prepare(PolicySources sources) {
    try {
      List<Module> parsed = new ArrayList<>();
      sources
          .modules()
          .forEach(
              (name, text) -> parsed.add(Parser.parseModule(name, text, sources.versionOf(name))));
      return Rego.prepare(parsed, (ObjectValue) JsonValues.fromJson(sources.data()));
    } catch (RegoParseException e) {
      String hint = e.hint() == null ? "" : "\n  hint: " + e.hint();
      throw new PolicyException("policy does not compile: " + e.getMessage() + hint, e);
    } catch (RuntimeException e) {
      throw new PolicyException("policy does not compile: " + e.getMessage(), e);
    }
  }

  /** Steps each node of the input may cost the rule set, beyond the fixed budget. */
  static final long STEPS_PER_NODE = 2_000;

  /**
   * The evaluation budget for {@code input}: the defaults for a config of usual size, growing with
   * the number of its nodes (the loader bounds them), so that a config with thousands of profiles
   * is judged rather than cut short; time grows with it, up to two minutes.
   */
  static Options budgetFor(JsonNode input) {
    Options defaults = Options.defaults();
    long nodes = nodes(input, 0);
    long steps = Math.max(defaults.maxSteps(), nodes * STEPS_PER_NODE);
    long millis =
        Math.min(
            120_000,
            Math.max(defaults.maxMillis(), defaults.maxMillis() * steps / defaults.maxSteps()));
    return defaults.withBudget(steps, millis);
  }

  private static long nodes(JsonNode node, long counted) {
    long n = counted + 1;
    for (JsonNode child : node) {
      n = nodes(child, n);
    }
    return n;
  }

  /**
   * How {@code rule} ({@code main.deny} or {@code data.main.deny}) evaluates for {@code input},
   * expression by expression.
   */
  public List<String> trace(String rule, JsonNode input) {
    String path = rule.startsWith("data.") ? rule : "data." + rule;
    return RuleTrace.trace(policy, path, JsonValues.fromJson(input));
  }

  /** The direct rules of each package, by dotted package name. */
  private static Map<String, Set<String>> rulesByPackage(PreparedPolicy policy) {
    Map<String, Set<String>> out = new HashMap<>();
    for (RuleInfo r : policy.rules()) {
      String path = r.path();
      int dot = path.lastIndexOf('.');
      if (path.startsWith("data.") && dot > 5) {
        out.computeIfAbsent(path.substring(5, dot), k -> new TreeSet<>()).add(r.name());
      }
    }
    return out;
  }

  /**
   * The rules conftest reads in a package: {@code deny}, {@code violation}, {@code warn}, and those
   * names followed by {@code _} and a suffix ({@code deny_public_endpoint}).
   */
  private static List<String> findingRules(Set<String> names) {
    List<String> out = new ArrayList<>();
    for (String kind : List.of("deny", "violation", "warn")) {
      out.add(kind);
      for (String name : names) {
        if (name.startsWith(kind + "_") && name.length() > kind.length() + 1) {
          out.add(name);
        }
      }
    }
    return out;
  }

  @Override
  public List<Finding> evaluate(JsonNode input) {
    Value in = JsonValues.fromJson(input);
    Options options = budgetFor(input);
    List<Finding> out = new ArrayList<>();
    Map<String, Set<String>> excepted = excepted(in, options);
    for (NamedQuery q : queries) {
      if (q.suffix() != null && excepted.getOrDefault(q.pkg(), Set.of()).contains(q.suffix())) {
        continue;
      }
      List<Map<String, Value>> rows;
      try {
        rows = q.query().eval(in, options);
      } catch (RuntimeException e) {
        throw new PolicyException("policy evaluation failed: " + e.getMessage(), e);
      }
      for (Map<String, Value> row : rows) {
        FindingReader.read(JsonValues.toJson(row.get("f")), q.ruleId(), q.severity())
            .ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * For each package with an {@code exception} rule, the rule suffixes it excepts for this input:
   * as in conftest, {@code exception contains ["public_endpoint"]} silences {@code
   * deny_public_endpoint} and {@code [""]} the bare {@code deny}.
   */
  private Map<String, Set<String>> excepted(Value in, Options options) {
    Map<String, Set<String>> out = new HashMap<>();
    for (Map.Entry<String, PreparedPolicy.Query> e : exceptions.entrySet()) {
      List<Map<String, Value>> rows;
      try {
        rows = e.getValue().eval(in, options);
      } catch (RuntimeException ex) {
        throw new PolicyException("policy evaluation failed: " + ex.getMessage(), ex);
      }
      for (Map<String, Value> row : rows) {
        if (row.get("e") instanceof StringValue s) {
          out.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(s.value());
        }
      }
    }
    return out;
  }
}
