package io.eksform.engine.apply;

import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.kinds.Applier;
import io.eksform.engine.plan.Plan;
import io.eksform.sandbox.ManualClock;
import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.SandboxOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The eksworkshop account on a clock that moves only when a {@link TimePump} or the test moves it,
 * with clients, applies of one change at a time and what is live: transitions last as long as on
 * AWS, yet take no time, and a killed apply leaves them where it stopped.
 */
final class ClockedSandbox implements AutoCloseable {
  static final String CLUSTER = ReplacementSandbox.CLUSTER;

  final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
  final Sandbox sandbox =
      Sandbox.start(
          SandboxOptions.defaults().withScenario("eksworkshop").withTimeScale(1).withClock(clock));
  final AwsClients aws = ReplacementSandbox.clients(sandbox);

  /** What kind of object {@link #live} lists. */
  enum Kind {
    PROFILE,
    NODE_GROUP
  }

  /**
   * An apply that runs to the end: time moves a moment after its first change starts, so that it
   * meets what an earlier kill left CREATING or DELETING, as an apply run again at once does.
   */
  ApplyResult apply(Plan plan) {
    return apply(plan, e -> true, Duration.ofMillis(30), e -> {});
  }

  /**
   * An apply that runs to the end; time stands still until the apply reports an event that {@code
   * startTime} accepts (a wait it began), then, after {@code delay}, moves past every transition.
   */
  ApplyResult apply(Plan plan, Predicate<ApplyEvent> startTime, Duration delay, EventSink sink) {
    try (TimePump pump = new TimePump(this, TimePump.UNLIMITED)) {
      EventSink gate =
          e -> {
            sink.accept(e);
            if (startTime.test(e)) {
              pump.start(delay);
            }
          };
      return applier(Duration.ofSeconds(20), gate).apply(plan);
    }
  }

  /**
   * An apply stopped after {@code transitions} EKS transitions completed: the clock then stands
   * still, the next object stays CREATING or DELETING, its wait gives up, and nothing after it
   * completes, as when the process is killed there.
   */
  ApplyResult killedApply(Plan plan, int transitions) {
    try (TimePump pump = new TimePump(this, transitions)) {
      pump.lookNow().start();
      return applier(Duration.ofMillis(300), e -> {}).apply(plan);
    }
  }

  private Applier applier(Duration waitTimeout, EventSink sink) {
    // One change at a time: at most one transition of the apply is under way at once.
    return new Applier(
        aws, new ApplySettings(1, waitTimeout, Duration.ofMillis(5), Duration.ofSeconds(5)), sink);
  }

  /** Whether any Fargate profile or node group is CREATING, UPDATING or DELETING. */
  boolean inTransition() {
    return live(Kind.PROFILE).stream().anyMatch(s -> !s.endsWith(" ACTIVE"))
        || live(Kind.NODE_GROUP).stream().anyMatch(s -> !s.endsWith(" ACTIVE"));
  }

  /** Every live object of a kind as {@code name STATUS}. */
  List<String> live(Kind kind) {
    List<String> out = new ArrayList<>();
    if (kind == Kind.PROFILE) {
      for (String name :
          aws.eks().listFargateProfiles(r -> r.clusterName(CLUSTER)).fargateProfileNames()) {
        out.add(
            name
                + " "
                + aws.eks()
                    .describeFargateProfile(r -> r.clusterName(CLUSTER).fargateProfileName(name))
                    .fargateProfile()
                    .statusAsString());
      }
    } else {
      for (String name : aws.eks().listNodegroups(r -> r.clusterName(CLUSTER)).nodegroups()) {
        out.add(
            name
                + " "
                + aws.eks()
                    .describeNodegroup(r -> r.clusterName(CLUSTER).nodegroupName(name))
                    .nodegroup()
                    .statusAsString());
      }
    }
    return out;
  }

  /** Long enough for every transition to end. */
  void timePasses() {
    clock.advance(Duration.ofHours(1));
  }

  @Override
  public void close() {
    aws.close();
    sandbox.close();
  }
}
