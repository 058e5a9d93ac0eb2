package io.eksform.engine.policy;

import io.eksform.engine.lint.Severity;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Turns the value of a named rule, as a remote or compiled backend returns it, into findings:
 * {@code deny}/{@code violation} sets are errors, {@code warn} sets warnings, a package's {@code
 * eksform.rules} tree its {@code findings}, and a boolean decision that is {@code false} one error
 * (the document was not allowed).
 */
final class RuleResults {
  private RuleResults() {}

  static void addRule(String ruleId, String rule, JsonNode value, List<Finding> out) {
    Severity severity = rule.equals("warn") ? Severity.WARNING : Severity.ERROR;
    addMessages(ruleId, severity, value, out);
  }

  static void addMessages(String ruleId, Severity severity, JsonNode value, List<Finding> out) {
    if (value == null || value.isMissingNode() || value.isNull()) {
      return;
    }
    if (value.isArray()) {
      for (JsonNode item : value) {
        FindingReader.read(item, ruleId, severity).ifPresent(out::add);
      }
    } else if (value.isBoolean()) {
      if (!value.asBoolean()) {
        out.add(
            new Finding(
                ruleId, "the policy " + ruleId + " did not allow the document", "", severity));
      }
    } else {
      FindingReader.read(value, ruleId, severity).ifPresent(out::add);
    }
  }

  /** The findings of every package under {@code data.eksform.rules}, given that subtree. */
  static void addBuiltinTree(JsonNode rules, List<Finding> out) {
    if (rules == null || !rules.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> pkg : rules.properties()) {
      addMessages("eksform/" + pkg.getKey(), Severity.ERROR, pkg.getValue().get("findings"), out);
    }
  }

  /** The deny, violation and warn rules of one package's document. */
  static void addPackage(String pkg, JsonNode doc, List<Finding> out) {
    if (doc == null || !doc.isObject()) {
      return;
    }
    for (String rule : List.of("deny", "violation", "warn")) {
      addRule(pkg + "/" + rule, rule, doc.get(rule), out);
    }
  }
}
