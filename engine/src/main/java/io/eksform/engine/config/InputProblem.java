package io.eksform.engine.config;

import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.Location;
import io.eksform.engine.lint.Severity;

/** Builds the diagnostics of the loading stage, all pointing into one file. */
final class InputProblem {
  private InputProblem() {}

  static Diagnostic at(
      String ruleId, Severity severity, String file, Position pos, String pointer, String message) {
    return Diagnostic.of(
        ruleId, severity, message, new Location(file, pos.line(), pos.column(), pointer));
  }

  static Diagnostic file(String ruleId, Severity severity, String file, String message) {
    return Diagnostic.of(ruleId, severity, message, Location.ofFile(file));
  }
}
