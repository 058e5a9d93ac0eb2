package io.eksform.rego;

import io.eksform.rego.ast.Body;
import io.eksform.rego.compile.CompiledPolicy;
import io.eksform.rego.compile.CompiledRule;
import io.eksform.rego.compile.RuleNode;
import io.eksform.rego.eval.Options;
import io.eksform.rego.eval.QueryRunner;
import io.eksform.rego.parse.Parser;
import io.eksform.rego.value.JsonValues;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Compiled modules plus base data, ready to answer queries. Immutable and thread-safe: evaluate
 * many inputs in parallel.
 */
public final class PreparedPolicy {
  private final CompiledPolicy policy;
  private final ObjectValue data;

  PreparedPolicy(CompiledPolicy policy, ObjectValue data) {
    this.policy = policy;
    this.data = data == null ? ObjectValue.EMPTY : data;
  }

  /** Every rule of the policy (each body of each definition), with its data path, in tree order. */
  public List<RuleInfo> rules() {
    List<RuleInfo> out = new ArrayList<>();
    collect(policy.root(), out);
    return out;
  }

  private static void collect(RuleNode node, List<RuleInfo> out) {
    for (CompiledRule r : node.rules()) {
      out.add(new RuleInfo(node.name(), r.rule().location(), node.isFunction()));
    }
    if (node.defaultRule() != null) {
      out.add(new RuleInfo(node.name(), node.defaultRule().rule().location(), node.isFunction()));
    }
    node.children().values().forEach(c -> collect(c, out));
  }

  /**
   * The compiled bodies of the rule at {@code path} ({@code data.pkg.test_x}), one per definition,
   * for explaining why it failed; empty when there is no such rule.
   */
  public List<Body> bodies(String path) {
    String[] parts = path.split("\\.");
    List<Value> keys = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      keys.add(io.eksform.rego.value.StringValue.of(parts[i]));
    }
    RuleNode node = policy.root().find(keys);
    if (node == null) {
      return List.of();
    }
    return node.rules().stream().map(r -> r.rule().body()).toList();
  }

  /** All solutions of an already compiled body, such as a prefix of one of {@link #bodies}. */
  public List<Map<String, Value>> evalBody(Body body, Value input, Options options) {
    return QueryRunner.run(policy, body, input, data, options);
  }

  /** A query compiled once against this policy, e.g. {@code data.main.deny = x}. */
  public Query query(String text) {
    Body body = policy.compileQuery(Parser.parseQuery(text));
    return new Query(body);
  }

  /** Evaluates {@code text} once; a shortcut for {@code query(text).eval(input, options)}. */
  public List<Map<String, Value>> eval(String text, Value input, Options options) {
    return query(text).eval(input, options);
  }

  /** A compiled query of this policy. */
  public final class Query {
    private final Body body;

    private Query(Body body) {
      this.body = body;
    }

    /** All solutions; {@code input} may be null for an undefined input. */
    public List<Map<String, Value>> eval(Value input, Options options) {
      return QueryRunner.run(policy, body, input, data, options);
    }

    /** All solutions as JSON (sets become sorted arrays), with default options. */
    public List<Map<String, JsonNode>> evalJson(JsonNode input) {
      Value in = input == null ? null : JsonValues.fromJson(input);
      List<Map<String, JsonNode>> out = new ArrayList<>();
      for (Map<String, Value> row : eval(in, Options.defaults())) {
        Map<String, JsonNode> r = new LinkedHashMap<>();
        row.forEach((k, v) -> r.put(k, JsonValues.toJson(v)));
        out.add(r);
      }
      return out;
    }
  }
}
