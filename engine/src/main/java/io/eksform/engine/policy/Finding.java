package io.eksform.engine.policy;

import io.eksform.engine.lint.Severity;
import java.util.Objects;

/**
 * One result of a policy: the rule id, the message, where in the document it points (a JSON
 * Pointer, "" for the document as a whole) and its severity.
 */
public record Finding(String ruleId, String message, String pointer, Severity severity) {
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(severity, "severity");
  }
}
