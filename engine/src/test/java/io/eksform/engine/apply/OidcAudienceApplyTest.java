package io.eksform.engine.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.plan.Plan;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A provider for the cluster's issuer made by another tool without the audience IRSA needs gets it
 * added, keeps the audiences it had, and the next plan is empty.
 */
class OidcAudienceApplyTest {
  ScenarioRun run;

  @BeforeEach
  void start() {
    run = new ScenarioRun("eksworkshop");
  }

  @AfterEach
  void stop() {
    run.close();
  }

  static ClusterSpec config() {
    return ScenarioRun.config(
        "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n"
            + "metadata: {name: eksworkshop-eksctl, region: us-west-2}\n"
            + "iam: {withOIDC: true}\n");
  }

  @Test
  void theMissingAudienceIsAddedAndOthersKept() {
    String issuer =
        run.aws
            .eks()
            .describeCluster(r -> r.name("eksworkshop-eksctl"))
            .cluster()
            .identity()
            .oidc()
            .issuer();
    String arn =
        run.aws
            .iam()
            .createOpenIDConnectProvider(
                r ->
                    r.url(issuer)
                        .clientIDList("example.com")
                        .thumbprintList("9e99a48a9960b14926bb7f3b02e22da2b0ab7280"))
            .openIDConnectProviderArn();

    Plan plan = run.plan(config());
    assertEquals(
        List.of("update oidc_provider"),
        plan.effectiveChanges().stream().map(c -> c.action().word() + " " + c.address()).toList());
    run.apply(plan);

    assertEquals(
        List.of("example.com", "sts.amazonaws.com"),
        run.aws
            .iam()
            .getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn))
            .clientIDList());
    Plan after = run.plan(config());
    assertEquals(List.of(), after.effectiveChanges(), () -> after.effectiveChanges().toString());
  }
}
