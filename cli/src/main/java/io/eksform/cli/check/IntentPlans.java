package io.eksform.cli.check;

import io.eksform.engine.config.ConfigDocument;
import io.eksform.engine.config.ConfigLoader;
import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.config.SourceText;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.DesiredState;
import io.eksform.engine.git.ChangeKind;
import io.eksform.engine.git.ChangedFile;
import io.eksform.engine.intent.IntentPlan;
import io.eksform.engine.intent.IntentPlanner;
import io.eksform.engine.plan.Provenance;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** Intent plans of changed files: the head version of each against its base version, offline. */
final class IntentPlans {
  private final ConfigLoader loader =
      new ConfigLoader(LoadOptions.defaults(), InputStream.nullInputStream());
  private final String toolVersion;
  private final boolean strict;

  /** With {@code strict}, a field eksform does not manage yet is an error of the plan. */
  IntentPlans(String toolVersion, boolean strict) {
    this.toolVersion = toolVersion;
    this.strict = strict;
  }

  /** The plan of {@code file}; {@code valid} is false when its head version has errors. */
  FilePlan plan(ChangedFile file, boolean valid, String headCommit) {
    if (file.kind() == ChangeKind.DELETED) {
      return new FilePlan(
          file,
          Optional.empty(),
          "deleted: eksform does not delete clusters; delete it with eksctl if that is the intent");
    }
    if (!valid) {
      return new FilePlan(file, Optional.empty(), "not planned: the head version has errors");
    }
    Optional<ClusterSpec> head = first(file.path(), file.headText());
    if (head.isEmpty()) {
      return new FilePlan(file, Optional.empty(), "not planned: no ClusterConfig document");
    }
    Optional<ClusterSpec> base =
        file.kind() == ChangeKind.ADDED
            ? Optional.empty()
            : first(file.oldPath().orElse(file.path()), file.baseText());
    Provenance provenance =
        new Provenance(toolVersion, file.path(), "", "", Optional.of(headCommit));
    IntentPlan intent = IntentPlanner.plan(base, head.get(), provenance, strict);
    return new FilePlan(
        file,
        Optional.of(intent.plan()),
        intent.notice(),
        PlanFindings.of(intent.plan(), file.path(), head.get().fields().sourceMap()));
  }

  private Optional<ClusterSpec> first(String name, Optional<String> text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    List<ConfigDocument> docs = loader.load(SourceText.of(name, text.get())).configs();
    return docs.isEmpty() ? Optional.empty() : Optional.of(DesiredState.from(docs.get(0)));
  }
}
