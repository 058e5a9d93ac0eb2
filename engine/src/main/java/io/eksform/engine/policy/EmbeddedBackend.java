package io.eksform.engine.policy;

import io.eksform.engine.lint.Severity;
import io.eksform.rego.PreparedPolicy;
import io.eksform.rego.Rego;
import io.eksform.rego.ast.Module;
import io.eksform.rego.eval.Options;
import io.eksform.rego.parse.Parser;
import io.eksform.rego.parse.RegoParseException;
import io.eksform.rego.value.JsonValues;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Evaluates the built-in rule set and the user's Rego in process with eksform's own evaluator.
 * Modules are compiled once; the queries are compiled once; evaluation is thread-safe.
 */
public final class EmbeddedBackend implements PolicyBackend {
  private static final String BUILTIN_QUERY = "f := data.eksform.rules[_].findings[_]";
  private static final List<String> ERROR_RULES = List.of("deny", "violation");

  private final List<NamedQuery> queries;

  private record NamedQuery(PreparedPolicy.Query query, String ruleId, Severity severity) {}

  /** Compiles the sources; a Rego problem becomes a {@link PolicyException}. */
  public EmbeddedBackend(PolicySources sources, PolicyOptions options) {
    PreparedPolicy policy = prepare(sources);
    List<NamedQuery> named = new ArrayList<>();
    if (options.builtin()) {
      named.add(new NamedQuery(policy.query(BUILTIN_QUERY), "builtin", Severity.ERROR));
    }
    List<String> packages = options.allNamespaces() ? sources.userPackages() : options.namespaces();
    if (!sources.userPackages().isEmpty()) {
      for (String pkg : packages) {
        for (String rule : List.of("deny", "violation", "warn")) {
          Severity severity = ERROR_RULES.contains(rule) ? Severity.ERROR : Severity.WARNING;
          named.add(
              new NamedQuery(
                  policy.query("f := data." + pkg + "." + rule + "[_]"),
                  pkg + "/" + rule,
                  severity));
        }
      }
    }
    this.queries = List.copyOf(named);
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

  @Override
  public List<Finding> evaluate(JsonNode input) {
    Value in = JsonValues.fromJson(input);
    Options options = Options.defaults();
    List<Finding> out = new ArrayList<>();
    for (NamedQuery q : queries) {
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
}
