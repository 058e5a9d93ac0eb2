package io.eksform.engine.resource.network;

import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.aws.AwsTarget;
import io.eksform.engine.config.ConfigLoader;
import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.config.SourceText;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.DesiredState;
import io.eksform.engine.live.LiveCluster;
import io.eksform.engine.live.LiveNetwork;
import io.eksform.engine.live.LiveState;
import io.eksform.engine.live.OwnedNetworkReader;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.PlanOptions;
import io.eksform.engine.plan.Provenance;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Configs, snapshots and plans of the network kind alone, for a cluster EKS does not have yet: the
 * cluster's live read cannot say "absent" before creating clusters lands, so a snapshot here is an
 * absent cluster with the network as {@link OwnedNetworkReader} reads it.
 */
final class NetworkFixture {
  static final String CLUSTER = "fresh";

  private NetworkFixture() {}

  /** A config of cluster fresh in us-west-2 with these lines after metadata. */
  static ClusterSpec config(String... lines) {
    String yaml =
        "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n"
            + "metadata:\n  name: "
            + CLUSTER
            + "\n  region: us-west-2\n"
            + String.join("\n", lines)
            + "\n";
    var loaded =
        new ConfigLoader(LoadOptions.defaults(), InputStream.nullInputStream())
            .load(SourceText.of("clusterconfig.yaml", yaml));
    return DesiredState.from(loaded.configs().get(0));
  }

  /** A snapshot of an account without the cluster, holding {@code network}. */
  static LiveState absent(LiveNetwork network) {
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

  /** The network of cluster fresh as the account holds it, with the region's zones. */
  static LiveNetwork read(AwsClients aws) {
    return new OwnedNetworkReader(aws).read(CLUSTER, true);
  }

  static PlanContext context(ClusterSpec desired, LiveState live) {
    return new PlanContext(
        desired,
        live,
        new PlanOptions(false, new Provenance("test", "c.yaml", "c", "p", Optional.empty())),
        (ctx, change, actions) -> Optional.empty());
  }

  /** What the network kind plans for {@code desired} on {@code live}. */
  static Plan plan(ClusterSpec desired, LiveState live) {
    PlanContext ctx = context(desired, live);
    new NetworkKind().plan(ctx);
    return ctx.toPlan();
  }

  /** What the network kind's destroy plans on {@code live}. */
  static Plan destroy(ClusterSpec desired, LiveState live) {
    PlanContext ctx = context(desired, live);
    new NetworkKind().destroy(ctx);
    return ctx.toPlan();
  }

  static AwsClients clients(io.eksform.sandbox.Sandbox sandbox) {
    return new AwsClients(new AwsTarget("us-west-2", Optional.of(sandbox.endpoint()), true));
  }

  /** Clients on the sandbox that try each call {@code attempts} times. */
  static AwsClients clients(io.eksform.sandbox.Sandbox sandbox, int attempts) {
    return new AwsClients(
        new AwsTarget("us-west-2", Optional.of(sandbox.endpoint()), true), attempts);
  }

  /**
   * Every EC2 network object of the account, by kind: ids of VPCs, subnets, route tables, internet
   * gateways, NAT gateways not deleted, elastic IPs and security groups.
   */
  static Map<String, Set<String>> ec2Lists(AwsClients aws) {
    var ec2 = aws.ec2();
    Map<String, Set<String>> out = new TreeMap<>();
    out.put("vpcs", ids(ec2.describeVpcs().vpcs().stream().map(v -> v.vpcId())));
    out.put("subnets", ids(ec2.describeSubnets().subnets().stream().map(s -> s.subnetId())));
    out.put(
        "route tables",
        ids(ec2.describeRouteTables().routeTables().stream().map(t -> t.routeTableId())));
    out.put(
        "internet gateways",
        ids(
            ec2.describeInternetGateways().internetGateways().stream()
                .map(g -> g.internetGatewayId())));
    out.put(
        "nat gateways",
        ids(
            ec2.describeNatGateways().natGateways().stream()
                .filter(n -> !"deleted".equals(n.stateAsString()))
                .map(n -> n.natGatewayId())));
    out.put(
        "elastic ips",
        ids(ec2.describeAddresses().addresses().stream().map(a -> a.allocationId())));
    out.put(
        "security groups",
        ids(ec2.describeSecurityGroups().securityGroups().stream().map(g -> g.groupId())));
    return out;
  }

  private static Set<String> ids(java.util.stream.Stream<String> ids) {
    return new TreeSet<>(ids.toList());
  }
}
