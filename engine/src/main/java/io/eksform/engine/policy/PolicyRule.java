package io.eksform.engine.policy;

import io.eksform.engine.lint.Rule;
import io.eksform.engine.lint.Rules;
import io.eksform.engine.lint.Severity;
import java.util.Objects;

/**
 * A policy rule as its {@code # METADATA} annotation declares it: id, title, description, severity
 * and what to do about a finding.
 */
public record PolicyRule(
    String id, String title, String description, Severity severity, String remediation) {
  public PolicyRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(remediation, "remediation");
  }

  /** The rule as the lint catalogue describes it, with its documentation page. */
  public Rule toRule() {
    return new Rule(id, title, description, severity, Rules.helpUri(id));
  }
}
