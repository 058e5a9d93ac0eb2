package io.eksform.cli.check;

import io.eksform.engine.git.ChangedFile;

/**
 * How a changed file gets its plan: offline ({@link EarlyIntentPlans}) or against the live account
 * ({@link LivePlans}); {@code valid} is false when the file's head version has errors.
 */
interface Planning {
  FilePlan plan(ChangedFile file, boolean valid);
}
