package io.eksform.engine.plan;

import io.eksform.engine.desired.AddonSpec;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.FargateProfileSpec;
import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.desired.NodeGroupSpec;
import io.eksform.engine.desired.Selector;
import io.eksform.engine.desired.ServiceAccountSpec;
import io.eksform.engine.kinds.Planner;
import io.eksform.engine.live.LiveAddon;
import io.eksform.engine.live.LiveFargateProfile;
import io.eksform.engine.live.LiveNamespace;
import io.eksform.engine.live.LiveNodeGroup;
import io.eksform.engine.live.LiveOidcProvider;
import io.eksform.engine.live.LiveRole;
import io.eksform.engine.live.LiveServiceAccount;
import io.eksform.engine.live.LiveState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** Live objects eksform created (or not) for cluster "c", and configs, for pruning tests. */
final class PruneFixtures {
  static final String CLUSTER = "c";
  static final String ACCOUNT = LiveFromDesired.ACCOUNT;
  static final Provenance PROVENANCE = new Provenance("t", "c.yaml", "d", "p", Optional.empty());

  private PruneFixtures() {}

  /** What one test puts in the live account; {@link #state} makes the snapshot. */
  static final class Live {
    Optional<LiveOidcProvider> oidc = Optional.empty();
    final List<LiveFargateProfile> profiles = new ArrayList<>();
    final List<LiveNodeGroup> groups = new ArrayList<>();
    final List<LiveAddon> addons = new ArrayList<>();
    final Map<String, LiveRole> roles = new TreeMap<>();
    final List<LiveServiceAccount> accounts = new ArrayList<>();
    final List<LiveNamespace> namespaces = new ArrayList<>();

    Live role(LiveRole r) {
      roles.put(r.name(), r);
      return this;
    }

    LiveState state() {
      LiveState empty = LiveFromDesired.empty(CLUSTER, "1.31");
      TreeSet<String> names = new TreeSet<>(empty.namespaces());
      accounts.forEach(a -> names.add(a.namespace()));
      namespaces.forEach(n -> names.add(n.name()));
      return new LiveState(
          empty.accountId(),
          empty.region(),
          empty.cluster(),
          oidc,
          profiles,
          groups,
          addons,
          roles,
          names,
          accounts,
          empty.subnets(),
          new TreeMap<>(),
          namespaces,
          List.of());
    }
  }

  /** eksform's tags for the object at {@code address} of cluster c. */
  static Map<String, String> eksform(String address) {
    return ManagedNames.ownershipTags(CLUSTER, address);
  }

  static Map<String, String> eksctl() {
    return Map.of(ManagedNames.EKSCTL_CLUSTER_TAG, CLUSTER);
  }

  static LiveRole role(String name, Map<String, String> tags) {
    return new LiveRole(
        name,
        "arn:aws:iam::" + ACCOUNT + ":role/eksform/" + name,
        "{}",
        List.of("arn:aws:iam::aws:policy/ReadOnlyAccess"),
        Map.of("eksform-inline", "{}"),
        tags,
        Optional.empty());
  }

  static LiveServiceAccount account(String namespace, String name, boolean labelled) {
    return new LiveServiceAccount(
        namespace,
        name,
        labelled ? Map.of(ManagedNames.MANAGED_BY_LABEL, "eksform") : Map.of(),
        Map.of("eks.amazonaws.com/role-arn", "arn:aws:iam::" + ACCOUNT + ":role/x"));
  }

  static LiveNamespace namespace(String name, List<String> accounts, int pods) {
    return new LiveNamespace(
        name, Map.of(ManagedNames.MANAGED_BY_LABEL, "eksform"), false, accounts, pods);
  }

  static LiveOidcProvider oidc(Map<String, String> tags) {
    return new LiveOidcProvider(
        "arn:aws:iam::" + ACCOUNT + ":oidc-provider/" + LiveFromDesired.ISSUER,
        LiveFromDesired.ISSUER,
        List.of("sts.amazonaws.com"),
        tags);
  }

  static LiveNodeGroup nodeGroup(String name, String roleArn, Map<String, String> tags) {
    return new LiveNodeGroup(
        name,
        "arn:ng/" + name,
        "ACTIVE",
        List.of("m5.large"),
        "AL2023_x86_64_STANDARD",
        "ON_DEMAND",
        1,
        2,
        1,
        Optional.of(80),
        LiveFromDesired.PRIVATE,
        Map.of(),
        List.of(),
        tags,
        "1.31",
        roleArn,
        Optional.empty(),
        Optional.empty());
  }

  static LiveFargateProfile profile(String name, String roleArn, Map<String, String> tags) {
    return new LiveFargateProfile(
        name,
        "arn:fp/" + name,
        "ACTIVE",
        List.of(new Selector("apps", Map.of())),
        LiveFromDesired.PRIVATE,
        roleArn,
        tags);
  }

  static LiveAddon addon(String name, Optional<String> roleArn, Map<String, String> tags) {
    return new LiveAddon(
        name, "arn:addon/" + name, "ACTIVE", "v1.0.0", roleArn, Optional.empty(), tags);
  }

  /** A config of cluster c with these parts. */
  static ClusterSpec config(
      boolean withOidc,
      List<ServiceAccountSpec> accounts,
      List<FargateProfileSpec> profiles,
      List<NodeGroupSpec> groups,
      List<AddonSpec> addons) {
    return new ClusterSpec(
        CLUSTER,
        "us-west-2",
        Optional.empty(),
        Map.of(),
        withOidc,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        accounts,
        profiles,
        groups,
        addons);
  }

  static ClusterSpec empty() {
    return config(false, List.of(), List.of(), List.of(), List.of());
  }

  static ServiceAccountSpec serviceAccount(String namespace, String name, boolean roleOnly) {
    return new ServiceAccountSpec(
        namespace,
        name,
        List.of("arn:aws:iam::aws:policy/ReadOnlyAccess"),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        roleOnly,
        Map.of(),
        Map.of(),
        Map.of(),
        "/iam/serviceAccounts/0");
  }

  static FargateProfileSpec profileSpec(String name, String namespace) {
    return new FargateProfileSpec(
        name,
        List.of(new Selector(namespace, Map.of())),
        List.of(),
        Optional.of("arn:aws:iam::" + ACCOUNT + ":role/theirs"),
        Map.of(),
        "/fargateProfiles/0");
  }

  static Plan plan(ClusterSpec config, LiveState live, boolean prune) {
    return Planner.plan(config, live, new PlanOptions(prune, PROVENANCE));
  }

  static Optional<Change> change(Plan plan, String address) {
    return plan.changes().stream().filter(c -> c.address().toString().equals(address)).findFirst();
  }

  /** The addresses a plan deletes. */
  static List<String> deletes(Plan plan) {
    return plan.changes().stream()
        .filter(c -> c.action() == Action.DELETE)
        .map(c -> c.address().toString())
        .toList();
  }
}
