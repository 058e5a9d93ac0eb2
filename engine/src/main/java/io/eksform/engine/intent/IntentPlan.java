package io.eksform.engine.intent;

import io.eksform.engine.plan.Plan;

/**
 * An offline plan of what a change to a config asks for: the head version planned against the state
 * its base version would leave (or against an empty cluster for an added file). It reads no AWS
 * account: ids and ARNs of objects the config does not name are placeholders (account {@code
 * 000000000000}).
 */
public record IntentPlan(Plan plan, boolean added) {
  public IntentPlan {
    // Its live state is imagined from the base version: nothing in it is anyone else's to adopt.
    plan = plan.withoutAdoptions();
  }

  /** The account id intent plans use in place of a real one. */
  public static final String PLACEHOLDER_ACCOUNT = Placeholders.ACCOUNT;

  /** One line that tells a reader what kind of plan this is. */
  public String notice() {
    return added
        ? "intent plan (offline): a new config, planned against an empty cluster; no AWS account"
            + " was read, account "
            + PLACEHOLDER_ACCOUNT
            + " is a placeholder"
        : "intent plan (offline): the head version of the config against its base version; no AWS"
            + " account was read, account "
            + PLACEHOLDER_ACCOUNT
            + " is a placeholder";
  }
}
