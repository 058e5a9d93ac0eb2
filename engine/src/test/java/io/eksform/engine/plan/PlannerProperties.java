package io.eksform.engine.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.desired.AddonSpec;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.FargateProfileSpec;
import io.eksform.engine.desired.NodeGroupSpec;
import io.eksform.engine.desired.Selector;
import io.eksform.engine.desired.ServiceAccountSpec;
import io.eksform.engine.kinds.Planner;
import io.eksform.engine.live.LiveState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of the planner over generated configs. */
class PlannerProperties {
  private static final PlanOptions OPTIONS =
      new PlanOptions(false, new Provenance("test", "c.yaml", "d", "p", Optional.empty()));

  @Property(tries = 200)
  void planningAgainstTheStateTheConfigLeavesChangesNothing(@ForAll("clusters") ClusterSpec spec) {
    Plan first = Planner.plan(spec, LiveFromDesired.empty(spec.name(), "1.32"), OPTIONS);
    LiveState after = LiveFromDesired.applied(spec, first);
    Plan second = Planner.plan(spec, after, OPTIONS);
    assertEquals(List.of(), second.effectiveChanges(), () -> second.effectiveChanges().toString());
    assertTrue(second.problems().isEmpty(), second.problems()::toString);
  }

  @Property(tries = 100)
  void theSameInputsGiveTheSamePlan(@ForAll("clusters") ClusterSpec spec) {
    LiveState live = LiveFromDesired.empty(spec.name(), "1.32");
    assertEquals(Planner.plan(spec, live, OPTIONS), Planner.plan(spec, live, OPTIONS));
  }

  @Property(tries = 100)
  void everyDesiredObjectIsCreatedOnAnEmptyAccount(@ForAll("clusters") ClusterSpec spec) {
    Plan plan = Planner.plan(spec, LiveFromDesired.empty(spec.name(), "1.32"), OPTIONS);
    List<String> created =
        plan.changes().stream()
            .filter(c -> c.action() == Action.CREATE)
            .map(c -> c.address().toString())
            .toList();
    spec.fargateProfiles()
        .forEach(p -> assertTrue(created.contains("fargate_profile." + p.name())));
    spec.managedNodeGroups()
        .forEach(n -> assertTrue(created.contains("managed_nodegroup." + n.name())));
    spec.addons().forEach(a -> assertTrue(created.contains("addon." + a.name())));
    spec.serviceAccounts()
        .forEach(s -> assertTrue(created.contains("iam_service_account." + s.key())));
  }

  @Property(tries = 100)
  void aChangedSelectorReplacesTheProfile(@ForAll("clusters") ClusterSpec spec) {
    net.jqwik.api.Assume.that(!spec.fargateProfiles().isEmpty());
    Plan first = Planner.plan(spec, LiveFromDesired.empty(spec.name(), "1.32"), OPTIONS);
    LiveState live = LiveFromDesired.applied(spec, first);
    FargateProfileSpec p = spec.fargateProfiles().get(0);
    List<FargateProfileSpec> changed = new ArrayList<>(spec.fargateProfiles());
    changed.set(
        0,
        new FargateProfileSpec(
            p.name(),
            List.of(new Selector("other-ns", Map.of())),
            p.subnets(),
            p.podExecutionRoleArn(),
            p.tags(),
            p.pointer()));
    ClusterSpec edited =
        new ClusterSpec(
            spec.name(),
            spec.region(),
            spec.version(),
            spec.tags(),
            spec.withOidc(),
            spec.logTypes(),
            spec.endpointPublicAccess(),
            spec.endpointPrivateAccess(),
            spec.fargatePodExecutionRoleArn(),
            spec.serviceAccounts(),
            changed,
            spec.managedNodeGroups(),
            spec.addons());
    Plan plan = Planner.plan(edited, live, OPTIONS);
    Change change =
        plan.changes().stream()
            .filter(c -> c.address().toString().equals("fargate_profile." + p.name()))
            .findFirst()
            .orElseThrow();
    assertEquals(Action.REPLACE, change.action());
    assertTrue(
        change.reasons().stream().anyMatch(r -> r.startsWith("selectors")),
        change.reasons()::toString);
  }

  @Provide
  Arbitrary<ClusterSpec> clusters() {
    Arbitrary<String> names =
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6);
    Arbitrary<List<ServiceAccountSpec>> accounts =
        Combinators.combine(names, names, Arbitraries.of(true, false), Arbitraries.of(true, false))
            .as(
                (ns, n, inline, roleOnly) ->
                    new ServiceAccountSpec(
                        "ns-" + ns,
                        "sa-" + n,
                        List.of("arn:aws:iam::123456789012:policy/P" + n),
                        inline
                            ? Optional.of("{\"Version\":\"2012-10-17\",\"Statement\":[]}")
                            : Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        roleOnly,
                        Map.of(),
                        Map.of(),
                        Map.of(),
                        "/iam/serviceAccounts/0"))
            .list()
            .ofMaxSize(3)
            .uniqueElements(ServiceAccountSpec::key);
    Arbitrary<List<FargateProfileSpec>> profiles =
        Combinators.combine(names, names, Arbitraries.of(true, false))
            .as(
                (n, ns, explicit) ->
                    new FargateProfileSpec(
                        "fp-" + n,
                        List.of(new Selector(ns, Map.of("app", n))),
                        explicit ? List.of("subnet-p1", "subnet-p2") : List.of(),
                        Optional.empty(),
                        Map.of("team", n),
                        "/fargateProfiles/0"))
            .list()
            .ofMaxSize(3)
            .uniqueElements(FargateProfileSpec::name);
    Arbitrary<List<NodeGroupSpec>> groups =
        Combinators.combine(
                names, Arbitraries.integers().between(1, 4), Arbitraries.of(true, false))
            .as(
                (n, size, spot) ->
                    new NodeGroupSpec(
                        "ng-" + n,
                        List.of("m5.large"),
                        Optional.of("AmazonLinux2023"),
                        Optional.of(size),
                        Optional.of(size + 2),
                        Optional.of(size),
                        Optional.of(50),
                        spot,
                        true,
                        List.of(),
                        Map.of("role", n),
                        List.of(new NodeGroupSpec.Taint("dedicated", n, "NoSchedule")),
                        Map.of("t", n),
                        Optional.of(1),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        "/managedNodeGroups/0"))
            .list()
            .ofMaxSize(2)
            .uniqueElements(NodeGroupSpec::name);
    Arbitrary<List<AddonSpec>> addons =
        Arbitraries.of("vpc-cni", "coredns", "kube-proxy")
            .map(
                a ->
                    new AddonSpec(
                        a,
                        Optional.of("v1.2.3-eksbuild.1"),
                        Optional.empty(),
                        Optional.empty(),
                        Map.of(),
                        "/addons/0"))
            .list()
            .ofMaxSize(3)
            .uniqueElements(AddonSpec::name);
    return Combinators.combine(
            names, accounts, profiles, groups, addons, Arbitraries.of(true, false))
        .as(
            (name, sas, fps, ngs, ads, oidc) ->
                new ClusterSpec(
                    "c-" + name,
                    "us-west-2",
                    Optional.of("1.32"),
                    Map.of("owner", name),
                    oidc || !sas.isEmpty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    sas,
                    fps,
                    ngs,
                    ads));
  }
}
