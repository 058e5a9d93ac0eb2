package io.eksform.cli.check;

import io.eksform.engine.git.ChangeKind;
import io.eksform.engine.git.ChangeSet;
import io.eksform.engine.git.ChangedFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Offline intent plans made before the validation: they need only the base and head texts, so they
 * are made while the policies still compile on another thread, which on a cold start is most of a
 * check. A plan is kept only for a file the validation then finds valid.
 */
final class EarlyIntentPlans implements Planning {
  private final IntentPlans intents;
  private final String headCommit;
  private final Map<String, FilePlan> early = new HashMap<>();

  private EarlyIntentPlans(IntentPlans intents, String headCommit) {
    this.intents = intents;
    this.headCommit = headCommit;
  }

  /** The intent plans of every file of {@code changes} that still exists in the head. */
  static EarlyIntentPlans of(IntentPlans intents, ChangeSet changes) {
    EarlyIntentPlans plans = new EarlyIntentPlans(intents, changes.head());
    List<ChangedFile> present =
        changes.files().stream().filter(f -> f.kind() != ChangeKind.DELETED).toList();
    for (ChangedFile f : present) {
      try {
        plans.early.put(f.path(), intents.plan(f, true, changes.head()));
      } catch (RuntimeException e) {
        // A head with errors may not even make a desired state; the validation says why.
      }
    }
    return plans;
  }

  @Override
  public FilePlan plan(ChangedFile file, boolean valid) {
    FilePlan made = early.get(file.path());
    if (valid && made != null) {
      return made;
    }
    return intents.plan(file, valid, headCommit);
  }
}
