package io.eksform.engine.report.lint;

import io.eksform.engine.lint.RuleCatalog;
import io.eksform.engine.lint.Rules;
import io.eksform.engine.lint.Severity;
import java.util.Objects;

/**
 * What the caller decides about a rendering: ANSI colour (the CLI turns it on for a terminal
 * without {@code NO_COLOR}), the tool version to print, the rules to describe findings with, and
 * the severity from which a finding fails the run (JUnit shows only those as failures).
 */
public record RenderOptions(
    boolean colour, String toolVersion, RuleCatalog rules, Severity failOn) {
  public RenderOptions {
    Objects.requireNonNull(toolVersion, "toolVersion");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(failOn, "failOn");
  }

  /** No colour, the built-in rules, failing on errors. */
  public static RenderOptions plain(String toolVersion) {
    return new RenderOptions(false, toolVersion, Rules.builtIn(), Severity.ERROR);
  }

  public RenderOptions withColour(boolean on) {
    return new RenderOptions(on, toolVersion, rules, failOn);
  }

  public RenderOptions withRules(RuleCatalog catalog) {
    return new RenderOptions(colour, toolVersion, catalog, failOn);
  }

  public RenderOptions withFailOn(Severity threshold) {
    return new RenderOptions(colour, toolVersion, rules, threshold);
  }
}
