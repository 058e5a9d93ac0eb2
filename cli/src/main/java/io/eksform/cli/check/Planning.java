package io.eksform.cli.check;

import io.eksform.engine.git.ChangedFile;

/** How a changed file gets its plan: offline (intent) or against the live account. */
interface Planning {
  FilePlan plan(ChangedFile file, boolean valid);

  /** Intent plans, no AWS. */
  record Offline(IntentPlans intents, String headCommit) implements Planning {
    @Override
    public FilePlan plan(ChangedFile file, boolean valid) {
      return intents.plan(file, valid, headCommit);
    }
  }
}
