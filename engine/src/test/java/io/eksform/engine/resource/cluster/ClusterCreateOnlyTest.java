package io.eksform.engine.resource.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.config.ConfigLoader;
import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.config.SourceText;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.DesiredState;
import io.eksform.engine.intent.IntentPlanner;
import io.eksform.engine.ledger.Disposition;
import io.eksform.engine.plan.NotActedOn;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanProblem;
import io.eksform.engine.plan.Provenance;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What EKS fixes when it creates a cluster (its VPC, IP family, service CIDRs): the same value
 * plans nothing, another is an error at its line, one EKS does not report is named as not compared.
 */
class ClusterCreateOnlyTest {
  private static final Provenance PROVENANCE =
      new Provenance("test", "c.yaml", "d", "p", Optional.empty());

  static ClusterSpec config(String network) {
    var loaded =
        new ConfigLoader(LoadOptions.defaults(), InputStream.nullInputStream())
            .load(
                SourceText.of(
                    "c.yaml",
                    "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n"
                        + "metadata: {name: shop, region: eu-west-1}\n"
                        + network));
    return DesiredState.from(loaded.configs().get(0));
  }

  static Plan plan(String base, String head) {
    return IntentPlanner.plan(Optional.of(config(base)), config(head), PROVENANCE).plan();
  }

  @Test
  void theSameServiceCidrPlansNothing() {
    String net = "kubernetesNetworkConfig: {serviceIPv4CIDR: 172.20.0.0/16}\n";
    Plan plan = plan(net, net);
    assertFalse(plan.hasChanges());
    assertFalse(plan.hasErrors(), () -> plan.problems().toString());
    assertTrue(plan.notActedOn().isEmpty(), () -> plan.notActedOn().toString());
  }

  @Test
  void anotherServiceCidrIsAnErrorAtItsLine() {
    Plan plan =
        plan(
            "kubernetesNetworkConfig: {serviceIPv4CIDR: 172.20.0.0/16}\n",
            "kubernetesNetworkConfig: {serviceIPv4CIDR: 10.100.0.0/16}\n");
    List<PlanProblem> errors = plan.problems();
    assertEquals(1, errors.size(), errors::toString);
    assertEquals("/kubernetesNetworkConfig/serviceIPv4CIDR", errors.get(0).configPointer());
    assertEquals(
        "kubernetesNetworkConfig.serviceIPv4CIDR is 10.100.0.0/16, and cluster shop has"
            + " 172.20.0.0/16; EKS cannot change it after the cluster is created",
        errors.get(0).message());
  }

  @Test
  void theIpFamilyIsComparedWhateverItsCase() {
    Plan same = plan("", "kubernetesNetworkConfig: {ipFamily: IPv4}\n");
    assertFalse(same.hasErrors(), () -> same.problems().toString());
    Plan other = plan("", "kubernetesNetworkConfig: {ipFamily: IPv6}\n");
    assertEquals(
        List.of("/kubernetesNetworkConfig/ipFamily"),
        other.problems().stream().map(PlanProblem::configPointer).toList());
  }

  @Test
  void anotherVpcIsAnErrorAndAServiceCidrEksDoesNotReportIsNamed() {
    Plan plan = plan("vpc: {id: vpc-0aaa}\n", "vpc: {id: vpc-0bbb}\n");
    assertEquals(
        List.of("/vpc/id"), plan.problems().stream().map(PlanProblem::configPointer).toList());
    Plan unreported = plan("", "kubernetesNetworkConfig: {serviceIPv6CIDR: fd00::/108}\n");
    assertEquals(
        List.of(Disposition.VALIDATED_ONLY),
        unreported.notActedOn().stream().map(NotActedOn::disposition).toList());
  }
}
