package io.eksform.engine.plan;

import static io.eksform.engine.plan.ReplacementFixtures.account;
import static io.eksform.engine.plan.ReplacementFixtures.addon;
import static io.eksform.engine.plan.ReplacementFixtures.change;
import static io.eksform.engine.plan.ReplacementFixtures.config;
import static io.eksform.engine.plan.ReplacementFixtures.live;
import static io.eksform.engine.plan.ReplacementFixtures.liveAccount;
import static io.eksform.engine.plan.ReplacementFixtures.liveAddon;
import static io.eksform.engine.plan.ReplacementFixtures.liveProfile;
import static io.eksform.engine.plan.ReplacementFixtures.options;
import static io.eksform.engine.plan.ReplacementFixtures.profile;
import static io.eksform.engine.plan.ReplacementFixtures.role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.desired.Selector;
import io.eksform.engine.kinds.Planner;
import io.eksform.engine.lint.Severity;
import io.eksform.engine.live.LiveFargateProfile;
import io.eksform.engine.live.LiveState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** How the planner decides each replacement: strategy, why, and Fargate scheduling gaps. */
class ReplacementPlanTest {
  static final String P1 = "subnet-p1";
  static final String P2 = "subnet-p2";
  static final Optional<ReplaceStrategy> DEFAULT = Optional.empty();
  static final Optional<ReplaceStrategy> DESTROY_FIRST =
      Optional.of(ReplaceStrategy.DESTROY_BEFORE_CREATE);
  static final Optional<ReplaceStrategy> CREATE_FIRST =
      Optional.of(ReplaceStrategy.CREATE_BEFORE_DESTROY);

  static Plan profiles(Optional<ReplaceStrategy> strategy) {
    return Planner.plan(
        config(
            List.of(profile("fp-a", List.of("a", "b"), P2), profile("fp-b", List.of("b"), P1)),
            List.of(),
            List.of()),
        live(
            List.of(
                liveProfile("fp-a", List.of("a", "b"), P1), liveProfile("fp-b", List.of("b"), P1)),
            List.of(),
            List.of(),
            List.of()),
        options(strategy));
  }

  @Test
  void aFargateProfileIsReplacedCreateBeforeDestroyByDefaultAndSaysNoNamespaceLosesScheduling() {
    Change c = change(profiles(DEFAULT), "fargate_profile.fp-a");
    assertEquals(Action.REPLACE, c.action());
    Replacement r = c.replacement().orElseThrow();
    assertEquals(ReplaceStrategy.CREATE_BEFORE_DESTROY, r.strategy());
    assertEquals(Optional.of(List.of()), r.namespacesLosingFargate());
    assertTrue(r.why().startsWith("the default: "), r.why());
  }

  @Test
  void destroyBeforeCreateNamesTheNamespacesNoRemainingProfileSelects() {
    Replacement r = change(profiles(DESTROY_FIRST), "fargate_profile.fp-a").replacement().get();
    assertEquals(ReplaceStrategy.DESTROY_BEFORE_CREATE, r.strategy());
    // fp-b stays and selects b; nothing else selects a.
    assertEquals(Optional.of(List.of("a")), r.namespacesLosingFargate());
    assertTrue(r.why().startsWith("as --replace-strategy asks: "), r.why());
  }

  @Test
  void aProfileThePlanAlsoReplacesDoesNotCountAsRemaining() {
    Plan plan =
        Planner.plan(
            config(
                List.of(profile("fp-a", List.of("a"), P2), profile("fp-b", List.of("a"), P2)),
                List.of(),
                List.of()),
            live(
                List.of(
                    liveProfile("fp-a", List.of("a"), P1), liveProfile("fp-b", List.of("a"), P1)),
                List.of(),
                List.of(),
                List.of()),
            options(DESTROY_FIRST));
    for (String p : List.of("fargate_profile.fp-a", "fargate_profile.fp-b")) {
      assertEquals(
          Optional.of(List.of("a")),
          change(plan, p).replacement().get().namespacesLosingFargate(),
          p);
    }
  }

  @Test
  void anInterruptedCreateBeforeDestroyIsFinishedNotForgotten() {
    // The new profile (suffixed, tagged for fp-a) is ACTIVE; the old one was not deleted yet.
    var replacement =
        new LiveFargateProfile(
            "fp-a-1a2b3c",
            "arn:aws:eks:us-west-2:123456789012:fargateprofile/c/fp-a-1a2b3c",
            "ACTIVE",
            List.of(new Selector("a", Map.of())),
            List.of(P2),
            ReplacementFixtures.POD_ROLE,
            Map.of(ManagedNames.TAG_RESOURCE, "fargate_profile.fp-a"));
    for (var order :
        List.of(
            List.of(liveProfile("fp-a", List.of("a"), P1), replacement),
            List.of(replacement, liveProfile("fp-a", List.of("a"), P1)))) {
      Plan plan =
          Planner.plan(
              config(List.of(profile("fp-a", List.of("a"), P2)), List.of(), List.of()),
              live(order, List.of(), List.of(), List.of()),
              options(DEFAULT));
      Change c = change(plan, "fargate_profile.fp-a");
      assertEquals(Action.REPLACE, c.action());
      assertEquals("fp-a", c.before().get("name").asString(), "the old one is replaced");
    }
  }

  /** A profile a create-before-destroy replacement of fp-a made, selecting {@code namespace}. */
  static LiveFargateProfile standIn(String name, String namespace, String subnet) {
    return new LiveFargateProfile(
        name,
        "arn:aws:eks:us-west-2:123456789012:fargateprofile/c/" + name,
        "ACTIVE",
        List.of(new Selector(namespace, Map.of())),
        List.of(subnet),
        ReplacementFixtures.POD_ROLE,
        Map.of(ManagedNames.TAG_RESOURCE, "fargate_profile.fp-a"));
  }

  static Plan profileA(String namespace, List<LiveFargateProfile> live) {
    return Planner.plan(
        config(List.of(profile("fp-a", List.of(namespace), P2)), List.of(), List.of()),
        live(live, List.of(), List.of(), List.of()),
        options(DEFAULT));
  }

  static List<String> actions(Plan plan) {
    return plan.effectiveChanges().stream()
        .map(c -> c.action().word() + " " + c.address() + " " + c.before().path("name").asString())
        .toList();
  }

  @Test
  void aStandInIsReplacedUnderItsOwnNameAndAnOlderOneIsDeletedAfterIt() {
    // Two replacements were interrupted: neither stand-in selects what the config asks.
    Plan plan =
        profileA("c", List.of(standIn("fp-a-bbbbbb", "b", P2), standIn("fp-a-aaaaaa", "a", P2)));
    assertEquals(
        List.of(
            "replace fargate_profile.fp-a fp-a-aaaaaa",
            "delete fargate_profile.fp-a-bbbbbb fp-a-bbbbbb"),
        actions(plan));
    Change leftover = change(plan, "fargate_profile.fp-a-bbbbbb");
    assertEquals(List.of(ResourceAddress.parse("fargate_profile.fp-a")), leftover.dependsOn());
  }

  @Test
  void aConfigChangedBackKeepsTheProfileOfItsNameAndDeletesTheStandIn() {
    Plan plan =
        profileA(
            "a", List.of(standIn("fp-a-bbbbbb", "b", P2), liveProfile("fp-a", List.of("a"), P2)));
    assertEquals(List.of("delete fargate_profile.fp-a-bbbbbb fp-a-bbbbbb"), actions(plan));
    assertEquals(Action.NO_OP, change(plan, "fargate_profile.fp-a").action());
  }

  @Test
  void aStandInTheReplacementWouldCreateIsAdoptedNotDeleted() {
    LiveFargateProfile old = standIn("fp-a-aaaaaa", "a", P2);
    Change first = change(profileA("c", List.of(old)), "fargate_profile.fp-a");
    String successor = ManagedNames.standInName("fp-a", old.name(), first.after().toString());
    for (var order :
        List.of(
            List.of(old, standIn(successor, "c", P2)), List.of(standIn(successor, "c", P2), old))) {
      Plan plan = profileA("c", order);
      assertEquals(List.of("replace fargate_profile.fp-a fp-a-aaaaaa"), actions(plan));
      assertTrue(
          change(plan, "fargate_profile.fp-a").reasons().stream()
              .anyMatch(r -> r.startsWith("finishes an interrupted replacement: " + successor)),
          change(plan, "fargate_profile.fp-a").reasons().toString());
    }
  }

  @Test
  void anAddOnDowngradeIsReplacedDestroyBeforeCreateWhateverIsAsked() {
    LiveState live =
        live(
            List.of(),
            List.of(liveAddon("vpc-cni", "ACTIVE", "v1.19.0-eksbuild.1")),
            List.of(),
            List.of());
    Plan plan =
        Planner.plan(
            config(List.of(), List.of(), List.of(addon("vpc-cni", "v1.18.3-eksbuild.2"))),
            live,
            options(CREATE_FIRST));
    Change c = change(plan, "addon.vpc-cni");
    assertEquals(Action.REPLACE, c.action());
    assertTrue(
        c.reasons().get(0).contains("EKS cannot downgrade an add-on in place"),
        c.reasons().toString());
    Replacement r = c.replacement().get();
    assertEquals(ReplaceStrategy.DESTROY_BEFORE_CREATE, r.strategy());
    assertTrue(r.why().contains("create-before-destroy cannot apply"), r.why());
    assertEquals(Optional.empty(), r.namespacesLosingFargate());
    assertTrue(
        c.attributes().stream().anyMatch(a -> a.path().equals("version") && a.forcesReplacement()));
  }

  @Test
  void anAddOnUpgradeIsAnUpdateAndAFailedOneIsReplaced() {
    Plan upgrade =
        Planner.plan(
            config(List.of(), List.of(), List.of(addon("vpc-cni", "v1.19.0-eksbuild.1"))),
            live(
                List.of(),
                List.of(liveAddon("vpc-cni", "ACTIVE", "v1.18.3-eksbuild.2")),
                List.of(),
                List.of()),
            options(DEFAULT));
    assertEquals(Action.UPDATE, change(upgrade, "addon.vpc-cni").action());
    Plan failed =
        Planner.plan(
            config(List.of(), List.of(), List.of(addon("vpc-cni", "v1.19.0-eksbuild.1"))),
            live(
                List.of(),
                List.of(liveAddon("vpc-cni", "CREATE_FAILED", "v1.19.0-eksbuild.1")),
                List.of(),
                List.of()),
            options(DEFAULT));
    Change c = change(failed, "addon.vpc-cni");
    assertEquals(Action.REPLACE, c.action());
    assertEquals("the live add-on is CREATE_FAILED", c.reasons().get(0), c.reasons().toString());
  }

  @Test
  void aServiceAccountWhoseRoleChangesNameReplacesTheRoleEksformMade() {
    String old = "old-role";
    Map<String, String> tags = ManagedNames.ownershipTags("c", "iam_service_account.ns/sa");
    LiveState live =
        live(
            List.of(),
            List.of(),
            List.of(role(old, tags)),
            List.of(liveAccount("ns", "sa", "arn:aws:iam::123456789012:role/eksform/" + old)));
    Plan plan =
        Planner.plan(
            config(List.of(), List.of(account("ns", "sa", Optional.of("new-role"))), List.of()),
            live,
            options(DEFAULT));
    Change c = change(plan, "iam_service_account.ns/sa");
    assertEquals(Action.REPLACE, c.action(), c.toString());
    assertEquals(old, c.before().get("role_name").asString());
    assertEquals("new-role", c.after().get("role_name").asString());
    assertEquals(ReplaceStrategy.DESTROY_BEFORE_CREATE, c.replacement().get().strategy());
    assertTrue(c.reasons().get(0).contains("IAM cannot rename a role"), c.reasons().toString());
  }

  @Test
  void aRoleSomeoneElseOrEksctlMadeIsNeverDeletedOnlyNoLongerAnnotated() {
    for (Map<String, String> tags :
        List.of(Map.<String, String>of(), Map.of(ManagedNames.EKSCTL_CLUSTER_TAG, "c"))) {
      LiveState live =
          live(
              List.of(),
              List.of(),
              List.of(role("theirs", tags)),
              List.of(liveAccount("ns", "sa", "arn:aws:iam::123456789012:role/eksform/theirs")));
      Plan plan =
          Planner.plan(
              config(List.of(), List.of(account("ns", "sa", Optional.of("new-role"))), List.of()),
              live,
              options(DEFAULT));
      assertEquals(
          Action.UPDATE, change(plan, "iam_service_account.ns/sa").action(), tags.toString());
    }
  }

  @Test
  void aServiceAccountMovedToAnotherNamespaceReplacesTheOneEksformMadeThere() {
    String oldRole = ManagedNames.serviceAccountRole("c", "old-ns", "sa");
    LiveState live =
        live(
            List.of(),
            List.of(),
            List.of(
                role(oldRole, ManagedNames.ownershipTags("c", "iam_service_account.old-ns/sa"))),
            List.of());
    Plan plan =
        Planner.plan(
            config(List.of(), List.of(account("new-ns", "sa", Optional.empty())), List.of()),
            live,
            options(DEFAULT));
    Change c = change(plan, "iam_service_account.new-ns/sa");
    assertEquals(Action.REPLACE, c.action(), c.toString());
    assertEquals("old-ns", c.before().get("namespace").asString());
    assertEquals(oldRole, c.before().get("role_name").asString());
    assertTrue(
        c.reasons().get(0).contains("moves from namespace old-ns to new-ns"),
        c.reasons().toString());
    assertFalse(plan.hasErrors(), plan.problems().toString());
  }

  @Test
  void aReplacementEksformCannotCarryOutIsAnErrorInThePlan() {
    PlanContext ctx =
        new PlanContext(
            config(List.of(), List.of(), List.of()),
            live(List.of(), List.of(), List.of(), List.of()),
            options(DEFAULT));
    var none = JsonNodeFactory.instance.objectNode();
    ctx.add(
        new Change(
            ResourceAddress.of(ResourceAddress.CLUSTER),
            Action.REPLACE,
            none,
            none,
            List.of(),
            List.of("vpc changes"),
            List.of(),
            "/vpc"));
    Replacements.decide(ctx);
    assertEquals(1, ctx.problems.size());
    assertEquals(Severity.ERROR, ctx.problems.get(0).severity());
    assertTrue(
        ctx.problems.get(0).message().contains("eksform cannot replace a cluster"),
        ctx.problems.get(0).message());
    assertEquals("/vpc", ctx.problems.get(0).configPointer());
  }
}
