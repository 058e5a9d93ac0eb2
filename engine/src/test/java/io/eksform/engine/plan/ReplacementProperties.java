package io.eksform.engine.plan;

import static io.eksform.engine.plan.ReplacementFixtures.change;
import static io.eksform.engine.plan.ReplacementFixtures.config;
import static io.eksform.engine.plan.ReplacementFixtures.live;
import static io.eksform.engine.plan.ReplacementFixtures.liveProfile;
import static io.eksform.engine.plan.ReplacementFixtures.options;
import static io.eksform.engine.plan.ReplacementFixtures.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eksform.engine.desired.FargateProfileSpec;
import io.eksform.engine.kinds.Planner;
import io.eksform.engine.live.LiveFargateProfile;
import io.eksform.engine.live.LiveState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of replacements over random sets of Fargate profiles, some of them replaced (moved to
 * another subnet): the strategy is the one asked for (create-before-destroy by default), the same
 * inputs give the same plan, and with destroy-before-create the namespaces losing Fargate
 * scheduling are exactly those the replaced profile selects minus those any kept profile selects.
 */
class ReplacementProperties {
  static final List<String> NAMESPACES = List.of("a", "b", "c", "d", "e");

  /** One live profile: the namespaces it selects, and whether the config replaces it. */
  record Profile(Set<String> namespaces, boolean replaced) {}

  @Provide
  Arbitrary<List<Profile>> profiles() {
    Arbitrary<Set<String>> namespaces = Arbitraries.of(NAMESPACES).set().ofMinSize(1).ofMaxSize(4);
    Arbitrary<Profile> one =
        namespaces.flatMap(n -> Arbitraries.of(true, false).map(r -> new Profile(n, r)));
    return one.list().ofMinSize(1).ofMaxSize(6);
  }

  @Provide
  Arbitrary<Optional<ReplaceStrategy>> strategies() {
    return Arbitraries.of(ReplaceStrategy.class).optional(0.5);
  }

  static Plan plan(List<Profile> profiles, Optional<ReplaceStrategy> strategy) {
    List<FargateProfileSpec> desired = new ArrayList<>();
    List<LiveFargateProfile> live = new ArrayList<>();
    for (int i = 0; i < profiles.size(); i++) {
      Profile p = profiles.get(i);
      desired.add(profile("fp-" + i, p.namespaces(), p.replaced() ? "subnet-p2" : "subnet-p1"));
      live.add(liveProfile("fp-" + i, p.namespaces(), "subnet-p1"));
    }
    LiveState state = live(live, List.of(), List.of(), List.of());
    return Planner.plan(config(desired, List.of(), List.of()), state, options(strategy));
  }

  @Property(tries = 300)
  void namespacesLosingSchedulingAreTheSetDifference(@ForAll("profiles") List<Profile> profiles) {
    Plan plan = plan(profiles, Optional.of(ReplaceStrategy.DESTROY_BEFORE_CREATE));
    Set<String> kept = new TreeSet<>();
    profiles.stream().filter(p -> !p.replaced()).forEach(p -> kept.addAll(p.namespaces()));
    for (int i = 0; i < profiles.size(); i++) {
      Change c = change(plan, "fargate_profile.fp-" + i);
      if (!profiles.get(i).replaced()) {
        assertEquals(Action.NO_OP, c.action());
        continue;
      }
      Set<String> expected = new TreeSet<>(profiles.get(i).namespaces());
      expected.removeAll(kept);
      assertEquals(
          Optional.of(List.copyOf(expected)),
          c.replacement().orElseThrow().namespacesLosingFargate(),
          profiles.toString());
    }
  }

  @Property(tries = 200)
  void theStrategyIsTheOneAskedForAndTheSameInputsGiveTheSamePlan(
      @ForAll("profiles") List<Profile> profiles,
      @ForAll("strategies") Optional<ReplaceStrategy> strategy) {
    Plan plan = plan(profiles, strategy);
    assertEquals(plan, plan(profiles, strategy));
    for (Change c : plan.changes()) {
      if (c.action() != Action.REPLACE) {
        assertEquals(Optional.empty(), c.replacement());
        continue;
      }
      Replacement r = c.replacement().orElseThrow();
      assertEquals(strategy.orElse(ReplaceStrategy.CREATE_BEFORE_DESTROY), r.strategy());
      if (r.strategy() == ReplaceStrategy.CREATE_BEFORE_DESTROY) {
        assertEquals(Optional.of(List.of()), r.namespacesLosingFargate());
      }
    }
  }
}
