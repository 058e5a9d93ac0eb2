package io.eksform.engine.resource.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.apply.ApplyResult;
import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.live.LiveCluster;
import io.eksform.engine.live.LiveNetwork;
import io.eksform.engine.live.LiveState;
import io.eksform.engine.live.OwnedNetworkReader;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanContext;
import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.SandboxOptions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eks.model.ResourceNotFoundException;

/**
 * The network eksctl's VPC stack made for cluster-26 (the sandbox's eksctl-created account) is
 * destroyed once the cluster is gone: every object tagged for the cluster, and the NAT gateway's
 * address.
 */
class EksctlNetworkDestroyTest {
  static final String CLUSTER = "cluster-26";

  @Test
  void eksctlsNetworkGoesAfterItsCluster() {
    try (Sandbox sandbox =
            Sandbox.start(
                SandboxOptions.defaults().withScenario("eksctl-created").withTimeScale(0.002));
        AwsClients aws = NetworkFixture.clients(sandbox)) {
      deleteCluster(aws);
      LiveNetwork network = new OwnedNetworkReader(aws).read(CLUSTER, false);
      assertTrue(
          network.objects().stream()
              .allMatch(o -> o.tag(ManagedNames.EKSCTL_CLUSTER_TAG).equals(CLUSTER)));
      assertEquals(1, network.ofType("vpc").size());
      assertTrue(network.strangers().isEmpty(), network.strangers().toString());

      PlanContext ctx = NetworkFixture.context(config(), absent(network));
      new NetworkKind().destroy(ctx);
      Plan plan = ctx.toPlan();
      assertEquals(network.objects().size() + 1, plan.changes().size(), "and the NAT's address");
      ApplyResult result = NetworkApplyTest.apply(aws, plan);
      assertTrue(result.succeeded(), result.toString());

      assertTrue(new OwnedNetworkReader(aws).read(CLUSTER, false).objects().isEmpty());
      var ec2 = aws.ec2();
      assertFalse(
          ec2.describeVpcs().vpcs().stream()
              .anyMatch(v -> v.vpcId().equals(network.ofType("vpc").get(0).id())));
      assertTrue(ec2.describeAddresses().addresses().isEmpty(), "the NAT's address is released");
    }
  }

  private static io.eksform.engine.desired.ClusterSpec config() {
    var loaded =
        new io.eksform.engine.config.ConfigLoader(
                io.eksform.engine.config.LoadOptions.defaults(),
                java.io.InputStream.nullInputStream())
            .load(
                io.eksform.engine.config.SourceText.of(
                    "clusterconfig.yaml",
                    "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n"
                        + "metadata:\n  name: cluster-26\n  region: us-west-2\n"));
    return io.eksform.engine.desired.DesiredState.from(loaded.configs().get(0));
  }

  private static LiveState absent(LiveNetwork network) {
    return new LiveState(
            "123456789012",
            "us-west-2",
            LiveCluster.absent(CLUSTER),
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(),
            Map.of(),
            Set.of(),
            List.of(),
            List.of(),
            new TreeMap<>())
        .withNetwork(network);
  }

  /** Deletes the cluster's node groups, then the cluster, and waits until EKS has none. */
  private static void deleteCluster(AwsClients aws) {
    var eks = aws.eks();
    List<String> groups = eks.listNodegroups(r -> r.clusterName(CLUSTER)).nodegroups();
    groups.forEach(g -> eks.deleteNodegroup(r -> r.clusterName(CLUSTER).nodegroupName(g)));
    waitUntil(() -> eks.listNodegroups(r -> r.clusterName(CLUSTER)).nodegroups().isEmpty());
    eks.deleteCluster(r -> r.name(CLUSTER));
    waitUntil(
        () -> {
          try {
            eks.describeCluster(r -> r.name(CLUSTER));
            return false;
          } catch (ResourceNotFoundException e) {
            return true;
          }
        });
  }

  private static void waitUntil(java.util.function.BooleanSupplier done) {
    long deadline = System.currentTimeMillis() + 60_000;
    while (!done.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("timed out");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
