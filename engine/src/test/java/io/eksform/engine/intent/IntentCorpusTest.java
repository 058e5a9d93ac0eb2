package io.eksform.engine.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.config.ConfigDocument;
import io.eksform.engine.config.ConfigLoader;
import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.config.SourceText;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.DesiredState;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Provenance;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Over eksctl's example configs: a change that changes nothing plans nothing, which holds only when
 * the state built from a base version is what the planner expects of an applied config.
 */
class IntentCorpusTest {
  @Test
  void unchangedConfigPlansNoChange() throws Exception {
    String shared = System.getProperty("eksform.shared.dir", "");
    Path corpus = Path.of(shared, "corpus", "eksctl-examples");
    Assumptions.assumeTrue(
        !shared.isEmpty() && Files.isDirectory(corpus),
        "the shared corpus (eksform.shared.dir) is absent; eksctl examples not planned");
    ConfigLoader loader = new ConfigLoader(LoadOptions.defaults(), InputStream.nullInputStream());
    Provenance provenance = new Provenance("test", "", "", "", Optional.empty());
    List<String> failures = new ArrayList<>();
    int planned = 0;
    List<Path> files;
    try (Stream<Path> list = Files.list(corpus)) {
      files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    for (Path file : files) {
      var loaded =
          loader.load(SourceText.of(file.getFileName().toString(), Files.readString(file)));
      for (ConfigDocument doc : loaded.configs()) {
        ClusterSpec spec = DesiredState.from(doc);
        IntentPlan intent = IntentPlanner.plan(Optional.of(spec), spec, provenance);
        planned++;
        List<String> changes =
            intent.plan().effectiveChanges().stream()
                .map(Change::address)
                .map(Object::toString)
                .toList();
        if (!changes.isEmpty()) {
          failures.add(file.getFileName() + ": " + changes);
        }
      }
    }
    assertTrue(planned > 20, planned + " configs planned");
    assertEquals(List.of(), failures, planned + " configs planned");
  }
}
