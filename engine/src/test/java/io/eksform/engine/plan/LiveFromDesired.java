package io.eksform.engine.plan;

import io.eksform.engine.desired.AddonSpec;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.FargateProfileSpec;
import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.desired.NodeGroupSpec;
import io.eksform.engine.desired.ServiceAccountSpec;
import io.eksform.engine.live.LiveAddon;
import io.eksform.engine.live.LiveCluster;
import io.eksform.engine.live.LiveFargateProfile;
import io.eksform.engine.live.LiveNodeGroup;
import io.eksform.engine.live.LiveOidcProvider;
import io.eksform.engine.live.LiveRole;
import io.eksform.engine.live.LiveServiceAccount;
import io.eksform.engine.live.LiveState;
import io.eksform.engine.live.LiveSubnet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the live state that applying a config would leave behind, as AWS would report it, for the
 * property "planning a config against its own live state changes nothing".
 */
public final class LiveFromDesired {
  public static final String ACCOUNT = "123456789012";
  public static final String ISSUER =
      "oidc.eks.us-west-2.amazonaws.com/id/ABCDEF0123456789ABCDEF0123456789";
  public static final List<String> PRIVATE = List.of("subnet-p1", "subnet-p2", "subnet-p3");
  public static final List<String> PUBLIC = List.of("subnet-a1", "subnet-a2", "subnet-a3");

  private LiveFromDesired() {}

  public static LiveCluster cluster(String name, String version) {
    List<String> all = new ArrayList<>(PUBLIC);
    all.addAll(PRIVATE);
    return new LiveCluster(
        name,
        "arn:aws:eks:us-west-2:" + ACCOUNT + ":cluster/" + name,
        version,
        "ACTIVE",
        "https://example.invalid",
        "",
        Optional.of("https://" + ISSUER),
        "vpc-1",
        all,
        new TreeSet<>(),
        true,
        false,
        Map.of());
  }

  public static List<LiveSubnet> subnets() {
    List<LiveSubnet> out = new ArrayList<>();
    PRIVATE.forEach(s -> out.add(new LiveSubnet(s, "vpc-1", "us-west-2a", "10.0.0.0/24", true)));
    PUBLIC.forEach(s -> out.add(new LiveSubnet(s, "vpc-1", "us-west-2a", "10.0.1.0/24", false)));
    return out;
  }

  /** A live account with just the cluster: nothing of the config exists yet. */
  public static LiveState empty(String cluster, String version) {
    return new LiveState(
        ACCOUNT,
        "us-west-2",
        cluster(cluster, version),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        Map.of(),
        Set.of("default", "kube-system"),
        List.of(),
        subnets(),
        new TreeMap<>());
  }

  /** The live state after applying {@code plan}'s creates and updates. */
  public static LiveState applied(ClusterSpec spec, Plan plan) {
    String version = spec.version().filter(v -> v.matches("\\d+\\.\\d+")).orElse("1.32");
    LiveCluster c = cluster(spec.name(), version);
    var cluster =
        new LiveCluster(
            c.name(),
            c.arn(),
            c.version(),
            c.status(),
            c.endpoint(),
            c.certificateAuthority(),
            c.oidcIssuer(),
            c.vpcId(),
            c.subnetIds(),
            spec.logTypes().orElse(new TreeSet<>()),
            spec.endpointPublicAccess().orElse(true),
            spec.endpointPrivateAccess().orElse(false),
            spec.tags());
    Optional<LiveOidcProvider> oidc =
        spec.withOidc() || !spec.serviceAccounts().isEmpty()
            ? Optional.of(
                new LiveOidcProvider(
                    "arn:aws:iam::" + ACCOUNT + ":oidc-provider/" + ISSUER,
                    ISSUER,
                    List.of("sts.amazonaws.com"),
                    Map.of()))
            : Optional.empty();
    Map<String, LiveRole> roles = new HashMap<>();
    Set<String> namespaces = new TreeSet<>(Set.of("default", "kube-system"));
    List<LiveServiceAccount> accounts = new ArrayList<>();
    for (Change change : plan.changes()) {
      var after = change.after();
      switch (change.address().type()) {
        case ResourceAddress.POD_EXECUTION_ROLE, ResourceAddress.NODE_ROLE ->
            roles.put(
                after.get("role_name").asString(),
                new LiveRole(
                    after.get("role_name").asString(),
                    after.get("role_arn").asString(),
                    after.get("trust_policy").toString(),
                    strings(after.get("attach_policy_arns")),
                    Map.of(),
                    Map.of(),
                    Optional.empty()));
        default -> {}
      }
    }
    for (ServiceAccountSpec sa : spec.serviceAccounts()) {
      String roleName =
          sa.roleName()
              .orElse(ManagedNames.serviceAccountRole(spec.name(), sa.namespace(), sa.name()));
      String arn =
          sa.attachRoleArn().orElse("arn:aws:iam::" + ACCOUNT + ":role/eksform/" + roleName);
      if (sa.attachRoleArn().isEmpty()) {
        Map<String, String> inline = new TreeMap<>();
        sa.inlinePolicy().ifPresent(p -> inline.put("eksform", p));
        roles.put(
            roleName,
            new LiveRole(
                roleName,
                arn,
                TrustPolicies.serviceAccount(ACCOUNT, ISSUER, sa.namespace(), sa.name()).toString(),
                sa.attachPolicyArns(),
                inline,
                sa.tags(),
                sa.permissionsBoundary()));
      }
      if (!sa.roleOnly()) {
        namespaces.add(sa.namespace());
        Map<String, String> annotations = new TreeMap<>(sa.annotations());
        annotations.put("eks.amazonaws.com/role-arn", arn);
        Map<String, String> labels = new TreeMap<>(sa.labels());
        labels.putIfAbsent("app.kubernetes.io/managed-by", "eksform");
        accounts.add(new LiveServiceAccount(sa.namespace(), sa.name(), labels, annotations));
      }
    }
    List<LiveFargateProfile> profiles = new ArrayList<>();
    for (FargateProfileSpec p : spec.fargateProfiles()) {
      String role =
          p.podExecutionRoleArn()
              .or(spec::fargatePodExecutionRoleArn)
              .orElse(
                  "arn:aws:iam::"
                      + ACCOUNT
                      + ":role/eksform/"
                      + ManagedNames.podExecutionRole(spec.name()));
      profiles.add(
          new LiveFargateProfile(
              p.name(),
              "arn:fp/" + p.name(),
              "ACTIVE",
              p.selectors(),
              p.subnets().isEmpty() ? PRIVATE : p.subnets(),
              role,
              p.tags()));
    }
    List<LiveNodeGroup> groups = new ArrayList<>();
    for (Change change : plan.changes()) {
      if (!change.address().type().equals(ResourceAddress.NODEGROUP)) {
        continue;
      }
      var a = change.after();
      NodeGroupSpec ng =
          spec.managedNodeGroups().stream()
              .filter(n -> n.name().equals(change.address().name()))
              .findFirst()
              .orElseThrow();
      groups.add(
          new LiveNodeGroup(
              ng.name(),
              "arn:ng/" + ng.name(),
              "ACTIVE",
              strings(a.get("instance_types")),
              a.get("ami_type").asString(),
              a.get("capacity_type").asString(),
              a.get("scaling").get("min").asInt(),
              a.get("scaling").get("max").asInt(),
              a.get("scaling").get("desired").asInt(),
              Optional.of(a.get("disk_size").asInt()),
              strings(a.get("subnets")),
              ng.labels(),
              ng.taints(),
              ng.tags(),
              a.get("version").asString(),
              a.get("node_role").asString(),
              ng.maxUnavailable(),
              ng.maxUnavailablePercentage()));
    }
    List<LiveAddon> addons = new ArrayList<>();
    for (AddonSpec a : spec.addons()) {
      addons.add(
          new LiveAddon(
              a.name(),
              "arn:addon/" + a.name(),
              "ACTIVE",
              a.version().filter(v -> !v.equals("latest")).orElse("v1.0.0-eksbuild.1"),
              a.serviceAccountRoleArn(),
              a.configurationValues(),
              a.tags()));
    }
    return new LiveState(
        ACCOUNT,
        "us-west-2",
        cluster,
        oidc,
        profiles,
        groups,
        addons,
        roles,
        namespaces,
        accounts,
        subnets(),
        new TreeMap<>());
  }

  private static List<String> strings(tools.jackson.databind.JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }
}
