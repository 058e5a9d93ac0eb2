package io.eksform.engine.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Plan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The whole life of the new-cluster example on an account holding only a default VPC: created from
 * nothing (network, role, cluster, default add-ons, OIDC provider, node group, Fargate profile,
 * IRSA service account), planned again with no change, destroyed, and the account as it was.
 */
class ClusterLifecycleTest {
  private static final Path EXAMPLE =
      Path.of("..", "examples", "new-cluster", "clusterconfig.yaml");

  @Test
  void theExampleIsCreatedFromNothingThenDestroyedLeavingTheAccountAsItWas() throws IOException {
    ClusterSpec desired = ScenarioRun.config(Files.readString(EXAMPLE));
    try (ScenarioRun run = new ScenarioRun("empty")) {
      TreeSet<String> before = everything(run);

      Plan create = run.plan(desired);
      assertFalse(create.hasErrors(), create.problems().toString());
      assertEquals(create.changes().size(), create.count(Action.CREATE));
      for (String address :
          new String[] {
            "vpc",
            "nat_gateway.single",
            "cluster_role",
            "cluster",
            "addon.vpc-cni",
            "addon.coredns",
            "oidc_provider",
            "managed_nodegroup.general",
            "fargate_profile.shop-batch",
            "iam_service_account.shop/catalog-reader"
          }) {
        assertTrue(
            create.changes().stream().anyMatch(c -> c.address().toString().equals(address)),
            address + " is not planned");
      }
      // As eksctl does, node groups are made once the VPC CNI is.
      assertTrue(
          create.changes().stream()
              .filter(c -> c.address().toString().equals("managed_nodegroup.general"))
              .anyMatch(c -> c.dependsOn().toString().contains("addon.vpc-cni")),
          "the node group waits for addon.vpc-cni");
      run.apply(create);
      assertTrue(everything(run).contains("cluster shop-dev"));
      assertTrue(everything(run).contains("nodegroup general"));

      Plan again = run.plan(desired);
      assertFalse(again.hasChanges(), again.effectiveChanges().toString());

      Plan destroy = DestroyApplyTest.destroyPlan(run, desired);
      assertFalse(destroy.hasErrors(), destroy.problems().toString());
      run.apply(destroy);
      assertEquals(before, everything(run));
    }
  }

  /** Every object a creation or a destroy touches: EKS, IAM and the EC2 network. */
  private static TreeSet<String> everything(ScenarioRun run) {
    TreeSet<String> out = DestroyApplyTest.account(run);
    var ec2 = run.aws.ec2();
    ec2.describeRouteTables(r -> {})
        .routeTables()
        .forEach(t -> out.add("route-table " + t.routeTableId()));
    ec2.describeInternetGateways(r -> {})
        .internetGateways()
        .forEach(g -> out.add("internet-gateway " + g.internetGatewayId()));
    ec2.describeNatGateways(r -> {}).natGateways().stream()
        .filter(n -> !n.stateAsString().startsWith("delet"))
        .forEach(n -> out.add("nat-gateway " + n.natGatewayId()));
    ec2.describeAddresses(r -> {}).addresses().forEach(a -> out.add("address " + a.allocationId()));
    ec2.describeSecurityGroups(r -> {})
        .securityGroups()
        .forEach(g -> out.add("security-group " + g.groupId()));
    return out;
  }
}
