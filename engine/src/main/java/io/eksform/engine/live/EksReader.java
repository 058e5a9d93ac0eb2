package io.eksform.engine.live;

import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.aws.AwsErrors;
import io.eksform.engine.desired.NodeGroupSpec;
import io.eksform.engine.desired.NodeRepairSpec;
import io.eksform.engine.desired.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import software.amazon.awssdk.services.eks.model.Cluster;
import software.amazon.awssdk.services.eks.model.LogSetup;
import software.amazon.awssdk.services.eks.model.NodeRepairConfig;
import software.amazon.awssdk.services.eks.model.Nodegroup;
import software.amazon.awssdk.services.eks.model.ResourceNotFoundException;

/** Reads the cluster and its Fargate profiles, managed node groups and add-ons from EKS. */
final class EksReader {
  private final AwsClients aws;

  EksReader(AwsClients aws) {
    this.aws = aws;
  }

  /** The cluster of that name, or {@link LiveCluster#absent} when EKS has none. */
  LiveCluster cluster(String name) {
    Cluster c;
    try {
      c =
          AwsErrors.call(
              "eks:DescribeCluster",
              aws.target(),
              () -> aws.eks().describeCluster(r -> r.name(name)).cluster());
    } catch (ResourceNotFoundException e) {
      return LiveCluster.absent(name);
    }
    TreeSet<String> enabled = new TreeSet<>();
    if (c.logging() != null) {
      for (LogSetup setup : c.logging().clusterLogging()) {
        if (Boolean.TRUE.equals(setup.enabled())) {
          enabled.addAll(setup.typesAsStrings());
        }
      }
    }
    var vpc = c.resourcesVpcConfig();
    return new LiveCluster(
        c.name(),
        c.arn(),
        c.version(),
        c.statusAsString(),
        nullToEmpty(c.endpoint()),
        c.certificateAuthority() == null ? "" : nullToEmpty(c.certificateAuthority().data()),
        c.identity() == null || c.identity().oidc() == null
            ? Optional.empty()
            : Optional.ofNullable(c.identity().oidc().issuer()),
        vpc == null ? "" : nullToEmpty(vpc.vpcId()),
        vpc == null ? List.of() : vpc.subnetIds(),
        enabled,
        vpc != null && Boolean.TRUE.equals(vpc.endpointPublicAccess()),
        vpc != null && Boolean.TRUE.equals(vpc.endpointPrivateAccess()),
        c.tags(),
        network(c),
        nullToEmpty(c.roleArn()));
  }

  private static ClusterNetwork network(Cluster c) {
    var n = c.kubernetesNetworkConfig();
    if (n == null) {
      return ClusterNetwork.UNKNOWN;
    }
    return new ClusterNetwork(
        Optional.ofNullable(n.ipFamilyAsString()),
        Optional.ofNullable(n.serviceIpv4Cidr()),
        Optional.ofNullable(n.serviceIpv6Cidr()));
  }

  /**
   * The clusters of the region whose name contains {@code name} or is contained in it, ignoring
   * case: what a mistyped {@code metadata.name} most likely meant. Empty when the list cannot be
   * read, since it only sharpens a warning.
   */
  List<String> similarClusters(String name) {
    List<String> clusters = new ArrayList<>();
    try {
      aws.eks().listClustersPaginator(r -> r.maxResults(100)).clusters().forEach(clusters::add);
    } catch (RuntimeException ignored) {
      return List.of();
    }
    String wanted = name.toLowerCase(Locale.ROOT);
    return clusters.stream()
        .filter(
            c -> {
              String other = c.toLowerCase(Locale.ROOT);
              return !c.equals(name) && (other.contains(wanted) || wanted.contains(other));
            })
        .sorted()
        .toList();
  }

  List<String> fargateProfileNames(String cluster) {
    return AwsErrors.call(
        "eks:ListFargateProfiles",
        aws.target(),
        () -> {
          List<String> out = new ArrayList<>();
          aws.eks()
              .listFargateProfilesPaginator(r -> r.clusterName(cluster))
              .fargateProfileNames()
              .forEach(out::add);
          return out;
        });
  }

  LiveFargateProfile fargateProfile(String cluster, String name) {
    var p =
        AwsErrors.call(
            "eks:DescribeFargateProfile",
            aws.target(),
            () ->
                aws.eks()
                    .describeFargateProfile(r -> r.clusterName(cluster).fargateProfileName(name))
                    .fargateProfile());
    List<Selector> selectors = new ArrayList<>();
    p.selectors().forEach(s -> selectors.add(new Selector(nullToEmpty(s.namespace()), s.labels())));
    return new LiveFargateProfile(
        p.fargateProfileName(),
        p.fargateProfileArn(),
        p.statusAsString(),
        selectors,
        p.subnets(),
        nullToEmpty(p.podExecutionRoleArn()),
        p.tags());
  }

  List<String> nodeGroupNames(String cluster) {
    return AwsErrors.call(
        "eks:ListNodegroups",
        aws.target(),
        () -> {
          List<String> out = new ArrayList<>();
          aws.eks()
              .listNodegroupsPaginator(r -> r.clusterName(cluster))
              .nodegroups()
              .forEach(out::add);
          return out;
        });
  }

  LiveNodeGroup nodeGroup(String cluster, String name) {
    Nodegroup n =
        AwsErrors.call(
            "eks:DescribeNodegroup",
            aws.target(),
            () ->
                aws.eks()
                    .describeNodegroup(r -> r.clusterName(cluster).nodegroupName(name))
                    .nodegroup());
    List<NodeGroupSpec.Taint> taints = new ArrayList<>();
    n.taints()
        .forEach(
            t ->
                taints.add(
                    new NodeGroupSpec.Taint(
                        nullToEmpty(t.key()),
                        nullToEmpty(t.value()),
                        kubernetesEffect(t.effectAsString()))));
    var scaling = n.scalingConfig();
    var update = n.updateConfig();
    return new LiveNodeGroup(
        n.nodegroupName(),
        n.nodegroupArn(),
        n.statusAsString(),
        n.instanceTypes(),
        nullToEmpty(n.amiTypeAsString()),
        nullToEmpty(n.capacityTypeAsString()),
        scaling == null || scaling.minSize() == null ? 0 : scaling.minSize(),
        scaling == null || scaling.maxSize() == null ? 0 : scaling.maxSize(),
        scaling == null || scaling.desiredSize() == null ? 0 : scaling.desiredSize(),
        Optional.ofNullable(n.diskSize()),
        n.subnets(),
        n.labels(),
        taints,
        n.tags(),
        nullToEmpty(n.version()),
        nullToEmpty(n.nodeRole()),
        update == null ? Optional.empty() : Optional.ofNullable(update.maxUnavailable()),
        update == null ? Optional.empty() : Optional.ofNullable(update.maxUnavailablePercentage()),
        Optional.ofNullable(n.launchTemplate())
            .map(
                t ->
                    new LiveNodeGroup.LaunchTemplate(
                        nullToEmpty(t.id()), nullToEmpty(t.name()), nullToEmpty(t.version()))),
        nullToEmpty(n.releaseVersion()),
        Optional.ofNullable(n.nodeRepairConfig()).map(EksReader::nodeRepair));
  }

  private static NodeRepairSpec nodeRepair(NodeRepairConfig c) {
    List<NodeRepairSpec.Override> overrides = new ArrayList<>();
    c.nodeRepairConfigOverrides()
        .forEach(
            o ->
                overrides.add(
                    new NodeRepairSpec.Override(
                        nullToEmpty(o.nodeMonitoringCondition()),
                        nullToEmpty(o.nodeUnhealthyReason()),
                        Optional.ofNullable(o.minRepairWaitTimeMins()),
                        nullToEmpty(o.repairActionAsString()))));
    return new NodeRepairSpec(
        Optional.ofNullable(c.enabled()),
        Optional.ofNullable(c.maxUnhealthyNodeThresholdCount()),
        Optional.ofNullable(c.maxUnhealthyNodeThresholdPercentage()),
        Optional.ofNullable(c.maxParallelNodesRepairedCount()),
        Optional.ofNullable(c.maxParallelNodesRepairedPercentage()),
        overrides);
  }

  List<String> addonNames(String cluster) {
    return AwsErrors.call(
        "eks:ListAddons",
        aws.target(),
        () -> {
          List<String> out = new ArrayList<>();
          aws.eks().listAddonsPaginator(r -> r.clusterName(cluster)).addons().forEach(out::add);
          return out;
        });
  }

  LiveAddon addon(String cluster, String name) {
    var a =
        AwsErrors.call(
            "eks:DescribeAddon",
            aws.target(),
            () -> aws.eks().describeAddon(r -> r.clusterName(cluster).addonName(name)).addon());
    return new LiveAddon(
        a.addonName(),
        nullToEmpty(a.addonArn()),
        a.statusAsString(),
        nullToEmpty(a.addonVersion()),
        Optional.ofNullable(a.serviceAccountRoleArn()),
        Optional.ofNullable(a.configurationValues()).filter(v -> !v.isEmpty()),
        a.tags(),
        a.namespaceConfig() == null
            ? Optional.empty()
            : Optional.ofNullable(a.namespaceConfig().namespace()).filter(n -> !n.isEmpty()));
  }

  /** {@code NO_SCHEDULE} (EKS API) to {@code NoSchedule} (Kubernetes, as in ClusterConfig). */
  static String kubernetesEffect(String api) {
    if (api == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String part : api.toLowerCase(Locale.ROOT).split("_")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return out.toString();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
