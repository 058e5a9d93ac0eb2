package io.eksform.engine.apply;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.aws.AwsTarget;
import io.eksform.engine.kinds.Applier;
import io.eksform.engine.plan.Plan;
import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.SandboxOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A profile someone else is creating makes EKS refuse ours for a while: apply waits it out. */
class FargateBusyClusterTest {
  Sandbox sandbox;
  AwsClients aws;

  @BeforeEach
  void start() {
    sandbox =
        Sandbox.start(SandboxOptions.defaults().withScenario("eksworkshop").withTimeScale(0.01));
    aws = new AwsClients(new AwsTarget("us-west-2", Optional.of(sandbox.endpoint()), true));
  }

  @AfterEach
  void stop() {
    aws.close();
    sandbox.close();
  }

  @Test
  void resourceInUseIsRetriedWithBackoffNotFailed() {
    List<ApplyEvent> events = Collections.synchronizedList(new ArrayList<>());
    ApplySettings settings =
        ApplySettings.defaults().withPolling(Duration.ofMillis(100), Duration.ofSeconds(5));
    Plan first = ConvergenceProperties.plan(aws, ConvergenceProperties.config(1, 1));
    assertTrue(new Applier(aws, settings, e -> {}).apply(first).succeeded());
    String role =
        aws.eks()
            .describeFargateProfile(
                r -> r.clusterName("eksworkshop-eksctl").fargateProfileName("fp-1"))
            .fargateProfile()
            .podExecutionRoleArn();
    Plan second = ConvergenceProperties.plan(aws, ConvergenceProperties.config(2, 2));

    aws.eks()
        .createFargateProfile(
            r ->
                r.clusterName("eksworkshop-eksctl")
                    .fargateProfileName("someone-elses")
                    .podExecutionRoleArn(role)
                    .selectors(s -> s.namespace("elsewhere")));
    ApplyResult result = new Applier(aws, settings, events::add).apply(second);

    assertTrue(result.succeeded(), result.toString());
    assertTrue(
        events.stream()
            .anyMatch(
                e ->
                    e.kind() == ApplyEvent.Kind.RETRIED
                        && e.address().equals("fargate_profile.fp-2")
                        && e.message().contains("someone-elses")),
        events.toString());
  }

  @Test
  void aProfileWaitingItsTurnSaysWhatItWaitsFor() {
    List<ApplyEvent> events = Collections.synchronizedList(new ArrayList<>());
    ApplySettings settings =
        ApplySettings.defaults().withPolling(Duration.ofMillis(100), Duration.ofSeconds(5));
    Plan three = ConvergenceProperties.plan(aws, ConvergenceProperties.config(1, 3));
    ApplyResult result = new Applier(aws, settings, events::add).apply(three);

    assertTrue(result.succeeded(), result.toString());
    assertTrue(
        events.stream()
            .anyMatch(
                e ->
                    e.kind() == ApplyEvent.Kind.WAITING
                        && e.address().startsWith("fargate_profile.")
                        && e.message().startsWith("waiting for fargate_profile.")
                        && e.message()
                            .endsWith(
                                "to finish (EKS changes one Fargate profile of a"
                                    + " cluster at a time)")),
        events.toString());
  }
}
