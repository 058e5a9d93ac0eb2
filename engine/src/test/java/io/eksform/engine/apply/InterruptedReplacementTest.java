package io.eksform.engine.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.apply.ClockedSandbox.Kind;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.ReplaceStrategy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a replacement killed part way leaves, met by the next apply while it is still in transition
 * (time stands still until the apply says it waits): a stand-in still CREATING that the config no
 * longer wants, and an object still DELETING that the config wants again.
 */
class InterruptedReplacementTest {
  static final Optional<ReplaceStrategy> DESTROY_FIRST =
      Optional.of(ReplaceStrategy.DESTROY_BEFORE_CREATE);

  ClockedSandbox account;

  @BeforeEach
  void start() {
    account = new ClockedSandbox();
  }

  @AfterEach
  void stop() {
    account.close();
  }

  static ClusterSpec profile(String app) {
    return ReplacementApplyTest.profile("team-a", app);
  }

  Plan plan(ClusterSpec config, Optional<ReplaceStrategy> strategy) {
    return ReplacementSandbox.plan(account.aws, config, strategy);
  }

  /** Applies {@code config} with time standing still until the apply reports {@code waits}. */
  List<String> applyMeeting(ClusterSpec config, String waits) {
    List<String> retried = Collections.synchronizedList(new ArrayList<>());
    Plan plan = plan(config, Optional.empty());
    ApplyResult result =
        account.apply(
            plan,
            e -> e.kind() == ApplyEvent.Kind.RETRIED && e.message().contains(waits),
            Duration.ZERO,
            e -> {
              if (e.kind() == ApplyEvent.Kind.RETRIED) {
                retried.add(e.message());
              }
            });
    assertTrue(result.succeeded(), result + " of " + ReplacementApplyTest.actions(plan));
    Plan after = plan(config, Optional.empty());
    assertFalse(after.hasChanges(), ReplacementApplyTest.actions(after));
    return retried;
  }

  @Test
  void aStandInStillCreatingThatTheConfigNoLongerWantsIsDeletedOnceActive() {
    assertTrue(account.apply(plan(profile("v1"), Optional.empty())).succeeded());
    account.killedApply(plan(profile("v2"), Optional.empty()), 0);
    List<String> left = account.live(Kind.PROFILE);
    assertEquals(2, left.size(), left.toString());
    assertTrue(left.get(1).endsWith(" CREATING"), "the stand-in was being made: " + left);

    List<String> retried = applyMeeting(profile("v1"), "is still CREATING");

    assertTrue(retried.stream().anyMatch(m -> m.contains("is still CREATING")), retried.toString());
    assertEquals(List.of("fp-a ACTIVE"), account.live(Kind.PROFILE));
  }

  @Test
  void aProfileWantedBackWhileItsReplacementDeletesItIsCreatedAgainWithItsFirstSettings() {
    assertTrue(account.apply(plan(profile("v1"), Optional.empty())).succeeded());
    account.killedApply(plan(profile("v2"), DESTROY_FIRST), 0);
    assertEquals(List.of("fp-a DELETING"), account.live(Kind.PROFILE));

    // The same request as the first create, in another run: not answered with the first reply.
    applyMeeting(profile("v1"), "is still being deleted");

    assertEquals(List.of("fp-a ACTIVE"), account.live(Kind.PROFILE));
    assertEquals(
        "v1",
        account
            .aws
            .eks()
            .describeFargateProfile(
                r -> r.clusterName(ClockedSandbox.CLUSTER).fargateProfileName("fp-a"))
            .fargateProfile()
            .selectors()
            .get(0)
            .labels()
            .get("app"));
  }

  @Test
  void aNodeGroupWantedBackWhileItsReplacementDeletesItIsCreatedAgain() {
    assertTrue(
        account
            .apply(plan(ReplacementSandbox.nodeGroup("m5.large"), Optional.empty()))
            .succeeded());
    account.killedApply(plan(ReplacementSandbox.nodeGroup("m6i.large"), DESTROY_FIRST), 0);
    assertEquals(List.of("ng-a DELETING"), account.live(Kind.NODE_GROUP));

    applyMeeting(ReplacementSandbox.nodeGroup("m5.large"), "is still being deleted");

    assertEquals(List.of("ng-a ACTIVE"), account.live(Kind.NODE_GROUP));
  }
}
