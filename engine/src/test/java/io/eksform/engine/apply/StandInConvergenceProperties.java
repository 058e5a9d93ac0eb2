package io.eksform.engine.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.apply.ClockedSandbox.Kind;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.ReplaceStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Random sequences of config edits (a Fargate profile's selector, a node group's instance type and
 * labels), applies, applies killed part way and time passing, on a {@link ClockedSandbox}: every
 * apply that runs to the end leaves exactly the config's Fargate profile and node group, whatever
 * stand-ins, leftovers and half-made objects came before, and an empty plan.
 */
class StandInConvergenceProperties {
  private final List<World> opened = new ArrayList<>();

  /** One account and the config as edited so far. */
  final class World {
    final ClockedSandbox account = new ClockedSandbox();
    String namespace = "team-a";
    String app = "v1";
    String instanceType = "m5.large";
    String colour = "blue";

    World() {
      opened.add(this);
      apply(Optional.empty());
    }

    ClusterSpec config() {
      return ReplacementSandbox.config(
          "fargateProfiles:",
          "  - name: fp-a",
          "    selectors:",
          "      - namespace: " + namespace,
          "        labels:",
          "          app: " + app,
          "managedNodeGroups:",
          "  - name: ng-a",
          "    instanceType: " + instanceType,
          "    privateNetworking: true",
          "    labels:",
          "      colour: " + colour);
    }

    Plan plan(Optional<ReplaceStrategy> strategy) {
      return ReplacementSandbox.plan(account.aws, config(), strategy);
    }

    /** An apply that runs to the end, after which the account must match the config exactly. */
    void apply(Optional<ReplaceStrategy> strategy) {
      Plan plan = plan(strategy);
      ApplyResult result = account.apply(plan);
      assertTrue(result.succeeded(), result + " of " + ReplacementApplyTest.actions(plan));
      Plan after = plan(Optional.empty());
      assertFalse(after.hasChanges(), ReplacementApplyTest.actions(after));
      // What an earlier kill left DELETING goes away by itself; nothing else may remain.
      account.timePasses();
      List<String> profiles = account.live(Kind.PROFILE);
      List<String> groups = account.live(Kind.NODE_GROUP);
      assertEquals(1, profiles.size(), "one Fargate profile: " + profiles);
      assertEquals(1, groups.size(), "one node group: " + groups);
      assertFalse(account.inTransition(), profiles + " " + groups);
      after = plan(Optional.empty());
      assertFalse(after.hasChanges(), ReplacementApplyTest.actions(after));
    }

    void killedApply(int transitions, Optional<ReplaceStrategy> strategy) {
      account.killedApply(plan(strategy), transitions);
    }
  }

  @AfterTry
  void closeWorlds() {
    opened.forEach(w -> w.account.close());
    opened.clear();
  }

  @Property(tries = 8, seed = "20261207")
  void everyFullApplyConvergesWhateverCameBefore(@ForAll("chains") ActionChain<World> chain) {
    World world = chain.run();
    world.apply(Optional.empty());
  }

  @Provide
  Arbitrary<ActionChain<World>> chains() {
    Arbitrary<Optional<ReplaceStrategy>> strategies =
        Arbitraries.of(
            Optional.empty(), Optional.empty(), Optional.of(ReplaceStrategy.DESTROY_BEFORE_CREATE));
    return ActionChain.<World>startWith(World::new)
        .withAction(1, edit("namespace", List.of("team-a", "team-b"), (w, v) -> w.namespace = v))
        .withAction(3, edit("app", List.of("v1", "v2", "v3"), (w, v) -> w.app = v))
        .withAction(
            2,
            edit(
                "instanceType",
                List.of("m5.large", "m6i.large", "c5.large"),
                (w, v) -> w.instanceType = v))
        .withAction(1, edit("colour", List.of("blue", "green"), (w, v) -> w.colour = v))
        .withAction(
            5,
            (Action.Independent<World>)
                () ->
                    strategies.map(
                        s ->
                            Transformer.mutate(
                                "apply" + s.map(x -> " " + x.word()).orElse(""), w -> w.apply(s))))
        .withAction(
            3,
            (Action.Independent<World>)
                () ->
                    Arbitraries.integers()
                        .between(0, 3)
                        .flatMap(
                            n ->
                                strategies.map(
                                    s ->
                                        Transformer.<World>mutate(
                                            "apply killed after "
                                                + n
                                                + " transitions"
                                                + s.map(x -> " " + x.word()).orElse(""),
                                            w -> w.killedApply(n, s)))))
        .withAction(
            1,
            (Action.Independent<World>)
                () ->
                    Arbitraries.just(
                        Transformer.<World>mutate("time passes", w -> w.account.timePasses())))
        .withMaxTransformations(10);
  }

  private static Action.Independent<World> edit(
      String field, List<String> values, BiConsumer<World, String> set) {
    return () ->
        Arbitraries.of(values)
            .map(
                v ->
                    Transformer.mutate(
                        "set " + field + " " + v, (Consumer<World>) w -> set.accept(w, v)));
  }
}
