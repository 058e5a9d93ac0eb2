package io.eksform.engine.apply;

import static io.eksform.engine.apply.ReplacementSandbox.CLUSTER;
import static io.eksform.engine.apply.ReplacementSandbox.apply;
import static io.eksform.engine.apply.ReplacementSandbox.config;
import static io.eksform.engine.apply.ReplacementSandbox.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Plan;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A Fargate profile whose tags alone change is updated in place, not replaced. */
class FargateTagsApplyTest extends OnReplacementSandbox {
  static ClusterSpec profile(String team) {
    return config(
        "fargateProfiles:",
        "  - name: fp-a",
        "    selectors:",
        "      - namespace: team-a",
        "    tags:",
        "      team: " + team);
  }

  @Test
  void aTagChangeIsAnUpdateInPlace() {
    assertTrue(apply(aws, plan(aws, profile("one"), Optional.empty()), e -> {}).succeeded());
    Plan update = plan(aws, profile("two"), Optional.empty());
    assertEquals(1, update.count(Action.UPDATE), ReplacementApplyTest.actions(update));
    assertEquals(0, update.count(Action.REPLACE));
    ApplyResult result = apply(aws, update, e -> {});
    assertTrue(result.succeeded(), result.toString());
    var live =
        aws.eks()
            .describeFargateProfile(r -> r.clusterName(CLUSTER).fargateProfileName("fp-a"))
            .fargateProfile();
    assertEquals("two", live.tags().get("team"));
    Plan after = plan(aws, profile("two"), Optional.empty());
    assertFalse(after.hasChanges(), ReplacementApplyTest.actions(after));
  }
}
