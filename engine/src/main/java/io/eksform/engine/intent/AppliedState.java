package io.eksform.engine.intent;

import io.eksform.engine.desired.AddonSpec;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.FargateProfileSpec;
import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.desired.NodeGroupSpec;
import io.eksform.engine.desired.ServiceAccountSpec;
import io.eksform.engine.live.ClusterNetwork;
import io.eksform.engine.live.LiveAddon;
import io.eksform.engine.live.LiveCluster;
import io.eksform.engine.live.LiveFargateProfile;
import io.eksform.engine.live.LiveLaunchTemplate;
import io.eksform.engine.live.LiveNamespace;
import io.eksform.engine.live.LiveNodeGroup;
import io.eksform.engine.live.LiveOidcProvider;
import io.eksform.engine.live.LiveRole;
import io.eksform.engine.live.LiveServiceAccount;
import io.eksform.engine.live.LiveState;
import io.eksform.engine.live.LiveSubnet;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.ResourceAddress;
import io.eksform.engine.plan.TrustPolicies;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The live state a config would leave behind once applied, as AWS would report it, built without
 * AWS: what the config states is taken as is, what only AWS knows gets a placeholder. Every object
 * carries eksctl's cluster tag, and what eksform's apply creates carries its tags and labels (the
 * OIDC provider, the roles, the namespaces and service accounts), so that removing it from the
 * config plans a delete.
 */
final class AppliedState {
  private final String cluster;
  private final String region;
  private final String issuer;
  private final SortedSet<String> subnets;
  private final List<LiveLaunchTemplate> launchTemplates;

  /**
   * For the cluster of {@code spec}; {@code subnets} are the subnet ids any version names, {@code
   * launchTemplates} the launch templates any version names.
   */
  AppliedState(
      ClusterSpec spec, SortedSet<String> subnets, List<LiveLaunchTemplate> launchTemplates) {
    this.launchTemplates = List.copyOf(launchTemplates);
    this.cluster = spec.name();
    this.region = Placeholders.region(spec.region());
    this.issuer = Placeholders.issuer(region);
    TreeSet<String> all = new TreeSet<>(Placeholders.PRIVATE_SUBNETS);
    all.addAll(Placeholders.PUBLIC_SUBNETS);
    all.addAll(subnets);
    this.subnets = all;
  }

  /** The account with just the cluster, at {@code spec}'s version: nothing else exists yet. */
  LiveState empty(ClusterSpec spec) {
    return new LiveState(
        Placeholders.ACCOUNT,
        region,
        liveCluster(spec, false),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        Map.of(),
        Set.of("default", "kube-system"),
        List.of(),
        liveSubnets(),
        new TreeMap<>(),
        List.of(),
        launchTemplates);
  }

  /** The state after applying {@code plan}, the plan of {@code spec} against {@link #empty}. */
  LiveState applied(ClusterSpec spec, Plan plan) {
    Map<String, LiveRole> roles = new HashMap<>();
    for (Change change : plan.changes()) {
      String type = change.address().type();
      if (type.equals(ResourceAddress.POD_EXECUTION_ROLE)
          || type.equals(ResourceAddress.NODE_ROLE)) {
        LiveRole role =
            role(change.after(), ManagedNames.ownershipTags(cluster, change.address().toString()));
        roles.put(role.name(), role);
      } else if (type.equals(ResourceAddress.ADDON_ROLE)) {
        LiveRole role =
            role(change.after(), ManagedNames.ownershipTags(cluster, change.address().toString()));
        roles.put(role.name(), role);
      }
    }
    Set<String> namespaces = new TreeSet<>(Set.of("default", "kube-system"));
    List<LiveServiceAccount> accounts = new ArrayList<>();
    for (ServiceAccountSpec sa : spec.serviceAccounts()) {
      serviceAccount(sa, plan, roles, namespaces, accounts);
    }
    List<LiveNamespace> created = new ArrayList<>();
    for (Change change : plan.changes()) {
      if (change.address().type().equals(ResourceAddress.NAMESPACE)) {
        String ns = change.address().name();
        created.add(
            new LiveNamespace(
                ns,
                Map.of(ManagedNames.MANAGED_BY_LABEL, "eksform"),
                false,
                accounts.stream()
                    .filter(a -> a.namespace().equals(ns))
                    .map(LiveServiceAccount::name)
                    .toList(),
                0));
      }
    }
    return new LiveState(
        Placeholders.ACCOUNT,
        region,
        liveCluster(spec, true),
        oidc(spec),
        profiles(spec),
        nodeGroups(spec, plan),
        addons(spec, plan),
        roles,
        namespaces,
        accounts,
        liveSubnets(),
        new TreeMap<>(),
        created,
        launchTemplates);
  }

  private LiveCluster liveCluster(ClusterSpec spec, boolean applied) {
    String version =
        spec.version().filter(v -> v.matches("\\d+\\.\\d+")).orElse(Placeholders.VERSION);
    return new LiveCluster(
        cluster,
        "arn:aws:eks:" + region + ":" + Placeholders.ACCOUNT + ":cluster/" + cluster,
        version,
        "ACTIVE",
        "https://" + Placeholders.ISSUER_ID + ".eks.amazonaws.com",
        "",
        Optional.of("https://" + issuer),
        spec.fields().value("/vpc/id").orElse(Placeholders.VPC),
        List.copyOf(subnets),
        applied ? spec.logTypes().orElse(new TreeSet<>()) : new TreeSet<>(),
        applied ? spec.endpointPublicAccess().orElse(true) : true,
        applied ? spec.endpointPrivateAccess().orElse(false) : false,
        applied ? spec.tags() : Map.of(),
        network(spec));
  }

  /**
   * The network the cluster was created with, as the config that created it says (EKS's defaults
   * where it says nothing): an intent plan compares a later version's with it.
   */
  private static ClusterNetwork network(ClusterSpec spec) {
    String family = spec.fields().value("/kubernetesNetworkConfig/ipFamily").orElse("ipv4");
    return new ClusterNetwork(
        Optional.of(family),
        spec.fields()
            .value("/kubernetesNetworkConfig/serviceIPv4CIDR")
            .or(() -> Optional.of(Placeholders.SERVICE_IPV4_CIDR)),
        spec.fields().value("/kubernetesNetworkConfig/serviceIPv6CIDR"));
  }

  private List<LiveSubnet> liveSubnets() {
    List<LiveSubnet> out = new ArrayList<>();
    // Subnets a config names are taken as private, in zone a; the placeholders are one of each
    // kind per zone, named after their zone.
    subnets.forEach(
        s ->
            out.add(
                new LiveSubnet(
                    s,
                    Placeholders.VPC,
                    region + Placeholders.zoneOf(s),
                    "",
                    !Placeholders.PUBLIC_SUBNETS.contains(s))));
    return out;
  }

  private Optional<LiveOidcProvider> oidc(ClusterSpec spec) {
    if (!spec.withOidc() && spec.serviceAccounts().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new LiveOidcProvider(
            "arn:aws:iam::" + Placeholders.ACCOUNT + ":oidc-provider/" + issuer,
            issuer,
            List.of("sts.amazonaws.com"),
            ManagedNames.ownershipTags(cluster, ResourceAddress.OIDC_PROVIDER)));
  }

  /** A role as IAM would hold it after a change with this {@code after} is applied. */
  private static LiveRole role(JsonNode after, Map<String, String> tags) {
    Map<String, String> inline = new TreeMap<>();
    JsonNode policy = after.path("inline_policy");
    if (policy.isObject()) {
      inline.put("eksform-inline", policy.toString());
    }
    JsonNode boundary = after.path("permissions_boundary");
    return new LiveRole(
        after.path("role_name").asString(""),
        after.path("role_arn").asString(""),
        after.path("trust_policy").toString(),
        strings(after.path("attach_policy_arns")),
        inline,
        tags,
        boundary.isString() ? Optional.of(boundary.asString()) : Optional.empty());
  }

  private void serviceAccount(
      ServiceAccountSpec sa,
      Plan plan,
      Map<String, LiveRole> roles,
      Set<String> namespaces,
      List<LiveServiceAccount> accounts) {
    String address = ResourceAddress.of(ResourceAddress.SERVICE_ACCOUNT, sa.key()).toString();
    Optional<JsonNode> after =
        plan.changes().stream()
            .filter(c -> c.address().toString().equals(address))
            .map(Change::after)
            .findFirst();
    String roleName =
        sa.roleName().orElse(ManagedNames.serviceAccountRole(cluster, sa.namespace(), sa.name()));
    String arn =
        sa.attachRoleArn()
            .orElse(
                "arn:aws:iam::"
                    + Placeholders.ACCOUNT
                    + ":role"
                    + ManagedNames.ROLE_PATH
                    + roleName);
    if (sa.attachRoleArn().isEmpty()) {
      // The role as the plan makes it: trust, managed and inline policies, well-known sets too.
      LiveRole role =
          after
              .filter(a -> a.path("role_name").isString())
              .map(a -> role(a, roleTags(sa)))
              .orElse(
                  new LiveRole(
                      roleName,
                      arn,
                      TrustPolicies.serviceAccount(
                              Placeholders.ACCOUNT, issuer, sa.namespace(), sa.name())
                          .toString(),
                      sa.attachPolicyArns(),
                      Map.of(),
                      roleTags(sa),
                      sa.permissionsBoundary()));
      roles.put(role.name(), role);
    }
    if (!sa.roleOnly()) {
      namespaces.add(sa.namespace());
      Map<String, String> annotations = new TreeMap<>(sa.annotations());
      annotations.put("eks.amazonaws.com/role-arn", arn);
      Map<String, String> labels = new TreeMap<>(sa.labels());
      labels.putIfAbsent(ManagedNames.MANAGED_BY_LABEL, "eksform");
      accounts.add(new LiveServiceAccount(sa.namespace(), sa.name(), labels, annotations));
    }
  }

  private List<LiveFargateProfile> profiles(ClusterSpec spec) {
    List<LiveFargateProfile> out = new ArrayList<>();
    for (FargateProfileSpec p : spec.fargateProfiles()) {
      String role =
          p.podExecutionRoleArn()
              .or(spec::fargatePodExecutionRoleArn)
              .orElse(
                  "arn:aws:iam::"
                      + Placeholders.ACCOUNT
                      + ":role"
                      + ManagedNames.ROLE_PATH
                      + ManagedNames.podExecutionRole(cluster));
      out.add(
          new LiveFargateProfile(
              p.name(),
              "arn:aws:eks:" + region + ":" + Placeholders.ACCOUNT + ":fargateprofile/" + p.name(),
              "ACTIVE",
              p.selectors(),
              p.subnets().isEmpty() ? Placeholders.PRIVATE_SUBNETS : p.subnets(),
              role,
              tags(p.tags())));
    }
    return out;
  }

  private List<LiveNodeGroup> nodeGroups(ClusterSpec spec, Plan plan) {
    List<LiveNodeGroup> out = new ArrayList<>();
    for (Change change : plan.changes()) {
      if (!change.address().type().equals(ResourceAddress.NODEGROUP)) {
        continue;
      }
      Optional<NodeGroupSpec> found =
          spec.managedNodeGroups().stream()
              .filter(n -> n.name().equals(change.address().name()))
              .findFirst();
      if (found.isEmpty()) {
        continue;
      }
      NodeGroupSpec ng = found.get();
      JsonNode a = change.after();
      JsonNode scaling = a.path("scaling");
      out.add(
          new LiveNodeGroup(
              ng.name(),
              "arn:aws:eks:" + region + ":" + Placeholders.ACCOUNT + ":nodegroup/" + ng.name(),
              "ACTIVE",
              strings(a.path("instance_types")),
              a.path("ami_type").asString(""),
              a.path("capacity_type").asString(""),
              scaling.path("min").asInt(0),
              scaling.path("max").asInt(0),
              scaling.path("desired").asInt(0),
              a.path("disk_size").isNumber()
                  ? Optional.of(a.path("disk_size").asInt())
                  : Optional.empty(),
              strings(a.path("subnets")),
              ng.labels(),
              ng.taints(),
              tags(ng.tags()),
              a.path("version").asString(""),
              a.path("node_role").asString(""),
              ng.maxUnavailable(),
              ng.maxUnavailablePercentage(),
              launchTemplateOf(ng),
              a.path("release_version").asString(""),
              ng.nodeRepair()));
    }
    return out;
  }

  /** The template reference EKS reports for a group: the version asked for, else the default. */
  private Optional<LiveNodeGroup.LaunchTemplate> launchTemplateOf(NodeGroupSpec ng) {
    return ng.launchTemplate()
        .flatMap(
            t ->
                launchTemplates.stream()
                    .filter(l -> l.id().equals(t.id()))
                    .findFirst()
                    .map(
                        l ->
                            new LiveNodeGroup.LaunchTemplate(
                                l.id(),
                                l.name(),
                                t.version().orElse(String.valueOf(l.defaultVersion())))));
  }

  private List<LiveAddon> addons(ClusterSpec spec, Plan plan) {
    List<LiveAddon> out = new ArrayList<>();
    for (AddonSpec a : spec.addons()) {
      String address = ResourceAddress.of(ResourceAddress.ADDON, a.name()).toString();
      // The role the plan gives the add-on: the one it names, or the one eksform makes for it.
      Optional<String> role =
          plan.changes().stream()
              .filter(c -> c.address().toString().equals(address))
              .map(c -> c.after().path("service_account_role_arn"))
              .filter(JsonNode::isString)
              .map(JsonNode::asString)
              .findFirst()
              .or(a::serviceAccountRoleArn);
      out.add(
          new LiveAddon(
              a.name(),
              "arn:aws:eks:" + region + ":" + Placeholders.ACCOUNT + ":addon/" + a.name(),
              "ACTIVE",
              a.version().filter(v -> !v.equals("latest")).orElse("v0.0.0-intent"),
              role,
              a.configurationValues(),
              tags(a.tags()),
              a.namespace()));
    }
    return out;
  }

  /**
   * A service account's role as eksform's apply tags it: owned by eksform for this service account,
   * so that a later version that moves or renames the service account replaces the role.
   */
  private Map<String, String> roleTags(ServiceAccountSpec sa) {
    Map<String, String> out = tags(sa.tags());
    out.putAll(
        ManagedNames.ownershipTags(
            cluster, ResourceAddress.of(ResourceAddress.SERVICE_ACCOUNT, sa.key()).toString()));
    return out;
  }

  /** The config's tags plus eksctl's cluster tag, which marks the object as the config's own. */
  private Map<String, String> tags(Map<String, String> configured) {
    Map<String, String> out = new TreeMap<>(configured);
    out.put(ManagedNames.EKSCTL_CLUSTER_TAG, cluster);
    return out;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }
}
