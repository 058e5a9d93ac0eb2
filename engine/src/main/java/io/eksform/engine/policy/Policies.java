package io.eksform.engine.policy;

import io.eksform.engine.lint.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A ready policy step: the check to register with the validator and the rules the policies declare
 * (for the lint catalogue, SARIF and hints). Built once per run and shared by all files.
 */
public record Policies(PolicyCheck check, Map<String, PolicyRule> rules) {
  public Policies {
    rules = Map.copyOf(rules);
  }

  /**
   * The built-in rule set and the user's Rego, evaluated in process; with neither (the built-in set
   * off and no policy folder) nothing is compiled and every document passes.
   */
  public static Policies embedded(PolicyOptions options) {
    PolicySources sources = PolicySources.load(options);
    if (sources.modules().isEmpty()) {
      return with(input -> List.of(), sources);
    }
    return with(new EmbeddedBackend(sources, options), sources);
  }

  /** Another backend; rule metadata still comes from the Rego sources given (maybe none). */
  public static Policies with(PolicyBackend backend, PolicySources sources) {
    Map<String, PolicyRule> rules = declaredRules(sources.modules());
    return new Policies(new PolicyCheck(backend, rules), rules);
  }

  /** The rules declared by METADATA annotations in {@code modules}, by id. */
  public static Map<String, PolicyRule> declaredRules(Map<String, String> modules) {
    Map<String, PolicyRule> rules = new LinkedHashMap<>();
    modules.forEach(
        (file, text) -> MetadataParser.parse(file, text).forEach(r -> rules.put(r.id(), r)));
    return rules;
  }

  /** The rules as the lint catalogue describes them. */
  public List<Rule> catalogue() {
    List<Rule> out = new ArrayList<>();
    rules.values().forEach(r -> out.add(r.toRule()));
    return out;
  }
}
