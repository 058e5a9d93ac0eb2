package io.eksform.engine.plan;

import io.eksform.engine.desired.AddonSpec;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.FargateProfileSpec;
import io.eksform.engine.desired.Selector;
import io.eksform.engine.desired.ServiceAccountSpec;
import io.eksform.engine.live.LiveAddon;
import io.eksform.engine.live.LiveFargateProfile;
import io.eksform.engine.live.LiveOidcProvider;
import io.eksform.engine.live.LiveRole;
import io.eksform.engine.live.LiveServiceAccount;
import io.eksform.engine.live.LiveState;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Configs and live states for replacement tests: profiles, add-ons, service accounts. */
public final class ReplacementFixtures {
  public static final String CLUSTER = "c";
  public static final String POD_ROLE = "arn:aws:iam::123456789012:role/pods";
  public static final Provenance PROVENANCE =
      new Provenance("t", "c.yaml", "d", "p", Optional.empty());

  private ReplacementFixtures() {}

  public static ClusterSpec config(
      List<FargateProfileSpec> profiles,
      List<ServiceAccountSpec> accounts,
      List<AddonSpec> addons) {
    return new ClusterSpec(
        CLUSTER,
        "us-west-2",
        Optional.empty(),
        Map.of(),
        !accounts.isEmpty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        accounts,
        profiles,
        List.of(),
        addons);
  }

  public static LiveState live(
      List<LiveFargateProfile> profiles,
      List<LiveAddon> addons,
      List<LiveRole> roles,
      List<LiveServiceAccount> accounts) {
    LiveState empty = LiveFromDesired.empty(CLUSTER, "1.31");
    Map<String, LiveRole> byName = new TreeMap<>();
    roles.forEach(r -> byName.put(r.name(), r));
    Set<String> namespaces = new TreeSet<>(empty.namespaces());
    accounts.forEach(a -> namespaces.add(a.namespace()));
    return new LiveState(
        empty.accountId(),
        empty.region(),
        empty.cluster(),
        Optional.of(
            new LiveOidcProvider(
                "arn:aws:iam::123456789012:oidc-provider/" + LiveFromDesired.ISSUER,
                LiveFromDesired.ISSUER,
                List.of("sts.amazonaws.com"),
                Map.of())),
        profiles,
        List.of(),
        addons,
        byName,
        namespaces,
        accounts,
        empty.subnets(),
        new TreeMap<>());
  }

  /** A profile on one private subnet, selecting these namespaces. */
  public static FargateProfileSpec profile(
      String name, Collection<String> namespaces, String subnet) {
    return new FargateProfileSpec(
        name,
        namespaces.stream().map(n -> new Selector(n, Map.of())).toList(),
        List.of(subnet),
        Optional.of(POD_ROLE),
        Map.of(),
        "/fargateProfiles/0");
  }

  public static LiveFargateProfile liveProfile(
      String name, Collection<String> namespaces, String subnet) {
    return new LiveFargateProfile(
        name,
        "arn:aws:eks:us-west-2:123456789012:fargateprofile/c/" + name,
        "ACTIVE",
        namespaces.stream().map(n -> new Selector(n, Map.of())).toList(),
        List.of(subnet),
        POD_ROLE,
        Map.of());
  }

  public static AddonSpec addon(String name, String version) {
    return new AddonSpec(
        name, Optional.of(version), Optional.empty(), Optional.empty(), Map.of(), "/addons/0");
  }

  public static LiveAddon liveAddon(String name, String status, String version) {
    return new LiveAddon(
        name, "arn:addon/" + name, status, version, Optional.empty(), Optional.empty(), Map.of());
  }

  public static ServiceAccountSpec account(
      String namespace, String name, Optional<String> roleName) {
    return new ServiceAccountSpec(
        namespace,
        name,
        List.of("arn:aws:iam::aws:policy/ReadOnlyAccess"),
        Optional.empty(),
        Optional.empty(),
        roleName,
        Optional.empty(),
        false,
        Map.of(),
        Map.of(),
        Map.of(),
        "/iam/serviceAccounts/0");
  }

  public static LiveRole role(String name, Map<String, String> tags) {
    return new LiveRole(
        name,
        "arn:aws:iam::123456789012:role/eksform/" + name,
        "{}",
        List.of("arn:aws:iam::aws:policy/ReadOnlyAccess"),
        Map.of(),
        tags,
        Optional.empty());
  }

  public static LiveServiceAccount liveAccount(String namespace, String name, String roleArn) {
    return new LiveServiceAccount(
        namespace,
        name,
        Map.of("app.kubernetes.io/managed-by", "eksform"),
        Map.of("eks.amazonaws.com/role-arn", roleArn));
  }

  public static PlanOptions options(Optional<ReplaceStrategy> strategy) {
    return new PlanOptions(false, PROVENANCE, strategy);
  }

  public static Change change(Plan plan, String address) {
    return plan.changes().stream()
        .filter(c -> c.address().toString().equals(address))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no change " + address + " in " + plan.changes()));
  }
}
