package io.eksform.engine.plan;

import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.desired.ServiceAccountSpec;
import io.eksform.engine.live.LiveFargateProfile;
import io.eksform.engine.live.LiveNodeGroup;
import io.eksform.engine.live.LiveOidcProvider;
import io.eksform.engine.live.LiveRole;
import io.eksform.engine.live.LiveServiceAccount;
import io.eksform.engine.live.LiveState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The state eksform would leave, as eksctl would have left it instead: the roles eksform makes get
 * eksctl's names (its IRSA, pod execution and per-group node roles, under path /) and stack tags,
 * every reference to them follows, service accounts carry eksctl's managed-by label, node groups
 * and the OIDC provider eksctl's tags, and nothing keeps eksform's marks.
 */
final class EksctlMarks {
  private EksctlMarks() {}

  static LiveState relabel(LiveState live, ClusterSpec spec) {
    String cluster = spec.name();
    Map<String, ServiceAccountSpec> accountOfRole = new HashMap<>();
    for (ServiceAccountSpec sa : spec.serviceAccounts()) {
      if (sa.attachRoleArn().isEmpty()) {
        accountOfRole.put(
            sa.roleName()
                .orElse(ManagedNames.serviceAccountRole(cluster, sa.namespace(), sa.name())),
            sa);
      }
    }
    Map<String, String> renamedArns = new HashMap<>();
    Map<String, LiveRole> roles = new HashMap<>();
    for (LiveRole r : live.roles().values()) {
      String name = r.name();
      String newName = name;
      Map<String, String> tags = eksctlTags(r.tags(), cluster);
      if (name.equals(ManagedNames.podExecutionRole(cluster))) {
        newName = "eksctl-" + cluster + "-FargatePodExecutionRole-1A2B3C4D5E6F";
      } else if (name.equals(ManagedNames.nodeRole(cluster))) {
        continue; // eksctl makes one node role per group: see below
      } else if (accountOfRole.containsKey(name)) {
        ServiceAccountSpec sa = accountOfRole.get(name);
        if (sa.roleName().isEmpty()) {
          newName = "eksctl-" + cluster + "-addon-iamserviceac-Role1-" + suffix(name);
        }
        tags.put(ManagedNames.EKSCTL_SERVICE_ACCOUNT_TAG, sa.key());
      }
      String arn = "arn:aws:iam::" + live.accountId() + ":role/" + newName;
      boolean moved = r.arn().contains(":role" + ManagedNames.ROLE_PATH);
      if (moved) {
        renamedArns.put(r.arn(), arn);
      }
      roles.put(
          newName,
          new LiveRole(
              newName,
              moved ? arn : r.arn(),
              r.trustPolicy(),
              r.attachedPolicyArns(),
              r.inlinePolicies(),
              tags,
              r.permissionsBoundary()));
    }
    LiveRole nodeRole = live.roles().get(ManagedNames.nodeRole(cluster));
    List<LiveNodeGroup> groups = new ArrayList<>();
    for (LiveNodeGroup g : live.nodeGroups()) {
      String role = g.nodeRole();
      if (nodeRole != null && role.equals(nodeRole.arn())) {
        String name =
            "eksctl-"
                + cluster
                + "-nodegroup-"
                + g.name()
                + "-NodeInstanceRole-"
                + suffix(g.name());
        role = "arn:aws:iam::" + live.accountId() + ":role/" + name;
        roles.put(
            name,
            new LiveRole(
                name,
                role,
                nodeRole.trustPolicy(),
                nodeRole.attachedPolicyArns(),
                Map.of(),
                eksctlTags(Map.of(), cluster),
                nodeRole.permissionsBoundary()));
      }
      Map<String, String> tags = eksctlTags(g.tags(), cluster);
      tags.put("alpha.eksctl.io/nodegroup-name", g.name());
      tags.put("alpha.eksctl.io/nodegroup-type", "managed");
      groups.add(
          new LiveNodeGroup(
              g.name(),
              g.arn(),
              g.status(),
              g.instanceTypes(),
              g.amiType(),
              g.capacityType(),
              g.minSize(),
              g.maxSize(),
              g.desiredSize(),
              g.diskSize(),
              g.subnets(),
              g.labels(),
              g.taints(),
              tags,
              g.version(),
              role,
              g.maxUnavailable(),
              g.maxUnavailablePercentage()));
    }
    List<LiveFargateProfile> profiles = new ArrayList<>();
    for (LiveFargateProfile p : live.fargateProfiles()) {
      Map<String, String> tags = withoutEksform(p.tags());
      tags.remove(ManagedNames.EKSCTL_CLUSTER_TAG);
      profiles.add(
          new LiveFargateProfile(
              p.name(),
              p.arn(),
              p.status(),
              p.selectors(),
              p.subnets(),
              renamedArns.getOrDefault(p.podExecutionRoleArn(), p.podExecutionRoleArn()),
              tags));
    }
    List<LiveServiceAccount> accounts = new ArrayList<>();
    for (LiveServiceAccount a : live.serviceAccounts()) {
      Map<String, String> labels = new TreeMap<>(a.labels());
      if ("eksform".equals(labels.get("app.kubernetes.io/managed-by"))) {
        labels.put("app.kubernetes.io/managed-by", "eksctl");
      }
      Map<String, String> annotations = new TreeMap<>(a.annotations());
      annotations.computeIfPresent(
          "eks.amazonaws.com/role-arn", (k, v) -> renamedArns.getOrDefault(v, v));
      accounts.add(new LiveServiceAccount(a.namespace(), a.name(), labels, annotations));
    }
    var oidc =
        live.oidcProvider()
            .map(
                o ->
                    new LiveOidcProvider(
                        o.arn(), o.url(), o.clientIds(), eksctlTags(o.tags(), cluster)));
    return new LiveState(
        live.accountId(),
        live.region(),
        live.cluster(),
        oidc,
        profiles,
        groups,
        live.addons(),
        roles,
        live.namespaces(),
        accounts,
        live.subnets(),
        new TreeMap<>(live.fingerprints()),
        live.managedNamespaces(),
        live.launchTemplates());
  }

  private static Map<String, String> eksctlTags(Map<String, String> tags, String cluster) {
    Map<String, String> out = withoutEksform(tags);
    out.put(ManagedNames.EKSCTL_CLUSTER_TAG, cluster);
    out.put("eksctl.cluster.k8s.io/v1alpha1/cluster-name", cluster);
    return out;
  }

  private static Map<String, String> withoutEksform(Map<String, String> tags) {
    Map<String, String> out = new TreeMap<>(tags);
    out.keySet().removeIf(k -> k.startsWith("eksform.io/"));
    return out;
  }

  private static String suffix(String seed) {
    return Integer.toHexString(seed.hashCode()).toUpperCase(java.util.Locale.ROOT);
  }
}
