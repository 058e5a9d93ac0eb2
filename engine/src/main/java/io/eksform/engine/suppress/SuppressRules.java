package io.eksform.engine.suppress;

import io.eksform.engine.lint.Rule;
import io.eksform.engine.lint.Rules;
import io.eksform.engine.lint.Severity;
import java.util.List;

/** The rule ids under which suppressions themselves are reported. */
public final class SuppressRules {
  public static final String INVALID = "suppress/invalid";
  public static final String EXPIRED = "suppress/expired";
  public static final String UNUSED = "suppress/unused";

  private SuppressRules() {}

  /** Their descriptions, for the lint catalogue. */
  public static List<Rule> catalogue() {
    return List.of(
        new Rule(
            INVALID,
            "Suppression without rule id or reason",
            "An eksform:ignore comment or ignore entry must name a rule id and give a reason.",
            Severity.ERROR,
            Rules.helpUri(INVALID)),
        new Rule(
            EXPIRED,
            "Expired suppression",
            "The suppression's until date has passed: the finding counts again.",
            Severity.ERROR,
            Rules.helpUri(EXPIRED)),
        new Rule(
            UNUSED,
            "Unused suppression",
            "The suppression covers no finding: the problem was fixed or the rule id is wrong.",
            Severity.WARNING,
            Rules.helpUri(UNUSED)));
  }
}
