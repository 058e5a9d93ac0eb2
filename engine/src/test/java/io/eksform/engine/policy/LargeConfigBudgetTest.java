package io.eksform.engine.policy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.lint.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in rule set judges a config with thousands of Fargate profiles instead of running out
 * of its evaluation budget: the budget grows with the size of the input.
 */
class LargeConfigBudgetTest {
  @TempDir Path dir;

  @Test
  void fiveThousandProfilesAreJudged() throws IOException {
    StringBuilder yaml =
        new StringBuilder(
            "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n"
                + "metadata:\n  name: big\n  region: us-west-2\nfargateProfiles:\n");
    for (int i = 0; i < 5_000; i++) {
      yaml.append("  - name: fp-")
          .append(i)
          .append("\n    selectors:\n      - namespace: ns-")
          .append(i)
          .append('\n');
    }
    List<Diagnostic> found =
        PolicyEndToEndTest.validate(dir, "big.yaml", yaml.toString(), PolicyEndToEndTest.BUILTIN);
    assertTrue(
        found.stream().noneMatch(d -> d.message().contains("budget")),
        found.stream().map(Diagnostic::message).distinct().limit(5).toList().toString());
  }
}
