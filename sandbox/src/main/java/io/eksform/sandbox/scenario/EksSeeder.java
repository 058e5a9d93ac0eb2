package io.eksform.sandbox.scenario;

import static io.eksform.sandbox.scenario.Specs.list;
import static io.eksform.sandbox.scenario.Specs.map;
import static io.eksform.sandbox.scenario.Specs.or;

import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.Addon;
import io.eksform.sandbox.state.Cluster;
import io.eksform.sandbox.state.FargateProfile;
import io.eksform.sandbox.state.Ids;
import io.eksform.sandbox.state.LaunchTemplate;
import io.eksform.sandbox.state.LaunchTemplateRef;
import io.eksform.sandbox.state.LaunchTemplateVersion;
import io.eksform.sandbox.state.Network;
import io.eksform.sandbox.state.Nodegroup;
import io.eksform.sandbox.state.SecurityGroup;
import io.eksform.sandbox.state.Selector;
import io.eksform.sandbox.state.Subnet;
import io.eksform.sandbox.state.Taint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Seeds EKS clusters with their Fargate profiles, managed node groups and add-ons, and collects the
 * Kubernetes objects each cluster holds. Runs after the network, IAM and launch templates, which
 * clusters refer to.
 */
final class EksSeeder {
  private final Account account;
  private final long now;
  private final List<KubernetesSeed> kubernetes = new ArrayList<>();

  EksSeeder(Account account, long now) {
    this.account = account;
    this.now = now;
  }

  List<KubernetesSeed> kubernetes() {
    return kubernetes;
  }

  void cluster(ScenarioSpec.ClusterSpec c, String defaultRegion) {
    String region = c.region() == null ? defaultRegion : c.region();
    String name = Specs.required(c.name(), "the name of a cluster");
    List<String> subnets = list(c.subnets());
    if (subnets.isEmpty()) {
      subnets =
          account.subnets().values().stream()
              .filter(s -> s.vpcId().equals(c.vpc()))
              .map(Subnet::id)
              .toList();
    }
    String roleArn =
        c.roleArn() == null
            ? "arn:aws:iam::" + account.id() + ":role/" + name + "-cluster-ServiceRole"
            : c.roleArn();
    String clusterGroup =
        c.clusterSecurityGroup() == null
            ? Ids.derived("sg", region + "/" + name)
            : c.clusterSecurityGroup();
    account
        .securityGroups()
        .put(
            clusterGroup,
            new SecurityGroup(
                region,
                clusterGroup,
                c.vpc(),
                "eks-cluster-sg-" + name,
                "EKS created security group",
                Map.of(
                    "aws:eks:cluster-name",
                    name,
                    "kubernetes.io/cluster/" + name,
                    "owned",
                    "Name",
                    "eks-cluster-sg-" + name)));
    for (String sg : list(c.securityGroups())) {
      account
          .securityGroups()
          .putIfAbsent(
              sg,
              new SecurityGroup(
                  region, sg, c.vpc(), name + "-" + sg, "Security group of " + name, Map.of()));
    }
    Cluster cluster =
        new Cluster(
            region,
            name,
            "arn:aws:eks:" + region + ":" + account.id() + ":cluster/" + name,
            c.version() == null ? "1.32" : c.version(),
            roleArn,
            c.vpc(),
            subnets,
            list(c.securityGroups()),
            clusterGroup,
            true,
            false,
            List.of("0.0.0.0/0"),
            "10.100.0.0/16",
            list(c.logging()),
            c.oidcId() == null
                ? Ids.derivedUuid(region + "/" + name).replace("-", "").toUpperCase(Locale.ROOT)
                : c.oidcId(),
            "eks.1",
            "API_AND_CONFIG_MAP",
            map(c.tags()),
            null,
            Specs.phase(c.status(), "cluster " + name),
            now,
            now,
            null);
    account.clusters().put(cluster.key(), cluster);
    for (ScenarioSpec.FargateProfileSpec p : list(c.fargateProfiles())) {
      fargateProfile(cluster, p);
    }
    for (ScenarioSpec.NodegroupSpec n : list(c.nodegroups())) {
      nodegroup(cluster, n);
    }
    for (ScenarioSpec.AddonSpec a : list(c.addons())) {
      addon(cluster, a);
    }
    if (c.kubernetes() != null) {
      kubernetes.add(kubernetesObjects(cluster, c.kubernetes()));
    }
  }

  private String arn(Cluster c, String kind, String name) {
    return "arn:aws:eks:"
        + c.region()
        + ":"
        + account.id()
        + ":"
        + kind
        + "/"
        + c.name()
        + "/"
        + name
        + "/"
        + Ids.derivedUuid(kind + "/" + c.key() + "/" + name);
  }

  private void fargateProfile(Cluster c, ScenarioSpec.FargateProfileSpec p) {
    String name = Specs.required(p.name(), "the name of a Fargate profile of " + c.name());
    String where = "Fargate profile " + name + " of cluster " + c.name();
    List<String> subnets = list(p.subnets());
    if (subnets.isEmpty()) {
      subnets =
          c.subnetIds().stream()
              .filter(id -> account.subnets().containsKey(id))
              .filter(id -> !Network.isPublic(account, account.subnets().get(id)))
              .toList();
    }
    List<Selector> selectors = new ArrayList<>();
    for (ScenarioSpec.SelectorSpec s : list(p.selectors())) {
      selectors.add(
          new Selector(
              Specs.required(s.namespace(), "a selector namespace of " + where), map(s.labels())));
    }
    FargateProfile profile =
        new FargateProfile(
            c.region(),
            c.name(),
            name,
            arn(c, "fargateprofile", name),
            Specs.required(p.podExecutionRoleArn(), "the pod execution role of " + where),
            subnets,
            selectors,
            map(p.tags()),
            Specs.phase(p.status(), where),
            now,
            now);
    account.fargateProfiles().put(profile.key(), profile);
  }

  private void nodegroup(Cluster c, ScenarioSpec.NodegroupSpec n) {
    String name = Specs.required(n.name(), "the name of a node group of " + c.name());
    String where = "node group " + name + " of cluster " + c.name();
    LaunchTemplateRef template = null;
    boolean typeInTemplate = false;
    if (n.launchTemplate() != null) {
      LaunchTemplate t = templateOf(c, n.launchTemplate(), where);
      LaunchTemplateVersion version = versionOf(t, n.launchTemplate(), where);
      template = new LaunchTemplateRef(t.id(), t.name(), String.valueOf(version.number()));
      typeInTemplate = version.text("InstanceType") != null;
    }
    List<String> instanceTypes = list(n.instanceTypes());
    if (instanceTypes.isEmpty() && !typeInTemplate) {
      instanceTypes = List.of("t3.medium");
    }
    ScenarioSpec.ScalingSpec scaling =
        n.scaling() == null ? new ScenarioSpec.ScalingSpec(null, null, null) : n.scaling();
    List<Taint> taints = new ArrayList<>();
    for (ScenarioSpec.TaintSpec t : list(n.taints())) {
      taints.add(new Taint(t.key(), t.value(), t.effect()));
    }
    String version = or(n.version(), c.version());
    String uuid = Ids.derivedUuid("nodegroup/" + c.key() + "/" + name);
    Nodegroup nodegroup =
        new Nodegroup(
            c.region(),
            c.name(),
            name,
            "arn:aws:eks:"
                + c.region()
                + ":"
                + account.id()
                + ":nodegroup/"
                + c.name()
                + "/"
                + name
                + "/"
                + uuid,
            version,
            or(n.releaseVersion(), Nodegroup.releaseFor(version)),
            Specs.required(n.nodeRole(), "the node role of " + where),
            Specs.required(n.subnets(), "the subnets of " + where),
            instanceTypes,
            or(n.amiType(), "AL2023_x86_64_STANDARD"),
            or(n.capacityType(), "ON_DEMAND"),
            template == null ? or(n.diskSize(), 20) : n.diskSize(),
            or(scaling.minSize(), 1),
            or(scaling.maxSize(), 2),
            or(scaling.desiredSize(), 2),
            1,
            null,
            map(n.labels()),
            taints,
            map(n.tags()),
            "eks-" + name + "-" + uuid,
            template,
            Specs.phase(n.status(), where),
            now,
            now,
            now,
            null);
    account.nodegroups().put(nodegroup.key(), nodegroup);
  }

  private LaunchTemplate templateOf(
      Cluster c, ScenarioSpec.LaunchTemplateRefSpec ref, String where) {
    if ((ref.id() == null) == (ref.name() == null)) {
      throw new IllegalArgumentException(
          where + " must name its launch template by id or by name (one of them)");
    }
    for (LaunchTemplate t : account.launchTemplates().values()) {
      if (t.region().equals(c.region())
          && (ref.id() != null ? t.id().equals(ref.id()) : t.name().equals(ref.name()))) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        where
            + " names launch template "
            + (ref.id() != null ? ref.id() : ref.name())
            + ", which the scenario lacks in "
            + c.region());
  }

  private static LaunchTemplateVersion versionOf(
      LaunchTemplate t, ScenarioSpec.LaunchTemplateRefSpec ref, String where) {
    if (ref.version() == null) {
      return t.defaultOne();
    }
    return t.resolve(ref.version())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    where
                        + " names version "
                        + ref.version()
                        + " of "
                        + t.name()
                        + ", which it lacks"));
  }

  private void addon(Cluster c, ScenarioSpec.AddonSpec a) {
    String name = Specs.required(a.name(), "the name of an add-on of " + c.name());
    String where = "add-on " + name + " of cluster " + c.name();
    Addon addon =
        new Addon(
            c.region(),
            c.name(),
            name,
            arn(c, "addon", name),
            Specs.required(a.version(), "the version of " + where),
            a.serviceAccountRoleArn(),
            a.configurationValues(),
            null,
            map(a.tags()),
            Specs.phase(a.status(), where),
            now,
            now,
            now);
    account.addons().put(addon.key(), addon);
  }

  private static KubernetesSeed kubernetesObjects(Cluster c, ScenarioSpec.KubernetesSpec k) {
    List<KubernetesSeed.Namespace> namespaces = new ArrayList<>();
    for (ScenarioSpec.NamespaceSpec n : list(k.namespaces())) {
      namespaces.add(
          new KubernetesSeed.Namespace(
              Specs.required(n.name(), "the name of a namespace of " + c.name()), map(n.labels())));
    }
    List<KubernetesSeed.ServiceAccount> accounts = new ArrayList<>();
    for (ScenarioSpec.ServiceAccountSpec s : list(k.serviceAccounts())) {
      accounts.add(
          new KubernetesSeed.ServiceAccount(
              or(s.namespace(), "default"),
              Specs.required(s.name(), "the name of a service account of " + c.name()),
              map(s.labels()),
              map(s.annotations())));
    }
    return new KubernetesSeed(c.name(), namespaces, accounts);
  }
}
