package io.eksform.engine.lint;

import java.util.Optional;

/**
 * One finding: a stable rule id ({@code schema/unknown-field}, {@code yaml/syntax}, ...), a
 * severity, a plain-English message, where it is, and an optional hint that says what to do.
 */
public record Diagnostic(
    String ruleId, Severity severity, String message, Location location, Optional<String> hint) {
  public Diagnostic {
    java.util.Objects.requireNonNull(ruleId, "ruleId");
    java.util.Objects.requireNonNull(severity, "severity");
    java.util.Objects.requireNonNull(message, "message");
    java.util.Objects.requireNonNull(location, "location");
    hint = hint == null ? Optional.empty() : hint;
  }

  public static Diagnostic of(String ruleId, Severity severity, String message, Location location) {
    return new Diagnostic(ruleId, severity, message, location, Optional.empty());
  }

  public Diagnostic withHint(String hintText) {
    return new Diagnostic(ruleId, severity, message, location, Optional.ofNullable(hintText));
  }
}
