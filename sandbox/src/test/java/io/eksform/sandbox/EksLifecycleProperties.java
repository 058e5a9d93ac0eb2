package io.eksform.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import software.amazon.awssdk.services.eks.model.EksException;
import software.amazon.awssdk.services.eks.model.FargateProfileSelector;
import software.amazon.awssdk.services.eks.model.InvalidRequestException;
import software.amazon.awssdk.services.eks.model.ResourceInUseException;
import software.amazon.awssdk.services.eks.model.ResourceNotFoundException;

/**
 * Random sequences of Fargate profile and node group operations, checked against a reference model
 * of AWS's rules: at most one Fargate profile in transition per cluster, the list equals the set of
 * describable names, every status is the model's, and deleted resources answer 404.
 */
class EksLifecycleProperties {
  static final String CLUSTER = "eksworkshop-eksctl";
  static final List<String> NAMES = List.of("a", "b", "c", "d");
  static final long CREATE_FP = Duration.ofMinutes(2).toMillis();
  static final long DELETE_FP = Duration.ofMinutes(3).toMillis();
  static final long CREATE_NG = Duration.ofMinutes(3).toMillis();
  static final long UPDATE_NG = Duration.ofMinutes(2).toMillis();
  static final long DELETE_NG = Duration.ofMinutes(3).toMillis();

  private final List<World> opened = new ArrayList<>();

  /** One entry of the reference model: a status and when it began. */
  record Entry(String status, long since, int desired) {}

  /** The sandbox under test, its clients and the reference model. */
  final class World {
    final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    final Sandbox sandbox =
        Sandbox.start(
            SandboxOptions.defaults()
                .withScenario("eksworkshop")
                .withTimeScale(1)
                .withClock(clock));
    final Clients clients = new Clients(sandbox.endpoint());
    final Map<String, Entry> profiles = new TreeMap<>();
    final Map<String, Entry> nodegroups = new TreeMap<>();

    World() {
      opened.add(this);
    }

    long now() {
      return clock.millis();
    }

    void settle() {
      long now = now();
      profiles.replaceAll(
          (k, e) ->
              e.status().equals("CREATING") && now >= e.since() + CREATE_FP
                  ? new Entry("ACTIVE", e.since() + CREATE_FP, 0)
                  : e);
      profiles
          .values()
          .removeIf(e -> e.status().equals("DELETING") && now >= e.since() + DELETE_FP);
      nodegroups.replaceAll(
          (k, e) -> {
            if (e.status().equals("CREATING") && now >= e.since() + CREATE_NG) {
              return new Entry("ACTIVE", e.since() + CREATE_NG, e.desired());
            }
            if (e.status().equals("UPDATING") && now >= e.since() + UPDATE_NG) {
              return new Entry("ACTIVE", e.since() + UPDATE_NG, e.desired());
            }
            return e;
          });
      nodegroups
          .values()
          .removeIf(e -> e.status().equals("DELETING") && now >= e.since() + DELETE_NG);
    }

    boolean profileInTransition() {
      return profiles.values().stream().anyMatch(e -> !e.status().equals("ACTIVE"));
    }

    void createProfile(String name) {
      settle();
      boolean rejected = profiles.containsKey(name) || profileInTransition();
      if (rejected) {
        assertThrows(ResourceInUseException.class, () -> sendCreateProfile(name));
      } else {
        assertEquals("CREATING", sendCreateProfile(name));
        profiles.put(name, new Entry("CREATING", now(), 0));
      }
    }

    String sendCreateProfile(String name) {
      return clients
          .eks
          .createFargateProfile(
              r ->
                  r.clusterName(CLUSTER)
                      .fargateProfileName(name)
                      .podExecutionRoleArn("arn:aws:iam::123456789012:role/pods")
                      .selectors(FargateProfileSelector.builder().namespace("ns-" + name).build()))
          .fargateProfile()
          .statusAsString();
    }

    void deleteProfile(String name) {
      settle();
      Entry e = profiles.get(name);
      Class<? extends EksException> expected = null;
      if (e == null) {
        expected = ResourceNotFoundException.class;
      } else if (!e.status().equals("ACTIVE")) {
        expected = InvalidRequestException.class;
      } else if (profileInTransition()) {
        expected = ResourceInUseException.class;
      }
      if (expected != null) {
        assertThrows(
            expected,
            () ->
                clients.eks.deleteFargateProfile(
                    r -> r.clusterName(CLUSTER).fargateProfileName(name)));
      } else {
        assertEquals(
            "DELETING",
            clients
                .eks
                .deleteFargateProfile(r -> r.clusterName(CLUSTER).fargateProfileName(name))
                .fargateProfile()
                .statusAsString());
        profiles.put(name, new Entry("DELETING", now(), 0));
      }
    }

    void createNodegroup(String name) {
      settle();
      if (nodegroups.containsKey(name)) {
        assertThrows(ResourceInUseException.class, () -> sendCreateNodegroup(name));
      } else {
        assertEquals("CREATING", sendCreateNodegroup(name));
        nodegroups.put(name, new Entry("CREATING", now(), 1));
      }
    }

    String sendCreateNodegroup(String name) {
      return clients
          .eks
          .createNodegroup(
              r ->
                  r.clusterName(CLUSTER)
                      .nodegroupName(name)
                      .nodeRole("arn:aws:iam::123456789012:role/nodes")
                      .subnets("subnet-0d44444444444444d")
                      .scalingConfig(s -> s.minSize(1).desiredSize(1).maxSize(2)))
          .nodegroup()
          .statusAsString();
    }

    void scaleNodegroup(String name) {
      settle();
      Entry e = nodegroups.get(name);
      int desired = e == null || e.desired() == 1 ? 2 : 1;
      Runnable call =
          () ->
              clients.eks.updateNodegroupConfig(
                  r ->
                      r.clusterName(CLUSTER)
                          .nodegroupName(name)
                          .scalingConfig(s -> s.desiredSize(desired)));
      if (e == null) {
        assertThrows(ResourceNotFoundException.class, call::run);
      } else if (!e.status().equals("ACTIVE")) {
        assertThrows(ResourceInUseException.class, call::run);
      } else {
        call.run();
        nodegroups.put(name, new Entry("UPDATING", now(), desired));
      }
    }

    void deleteNodegroup(String name) {
      settle();
      Entry e = nodegroups.get(name);
      Runnable call =
          () -> clients.eks.deleteNodegroup(r -> r.clusterName(CLUSTER).nodegroupName(name));
      if (e == null) {
        assertThrows(ResourceNotFoundException.class, call::run);
      } else if (e.status().equals("DELETING") || e.status().equals("UPDATING")) {
        assertThrows(ResourceInUseException.class, call::run);
      } else {
        call.run();
        nodegroups.put(name, new Entry("DELETING", now(), e.desired()));
      }
    }

    void advance(Duration by) {
      clock.advance(by);
    }

    void checkInvariants() {
      settle();
      List<String> listed =
          clients.eks.listFargateProfiles(r -> r.clusterName(CLUSTER)).fargateProfileNames();
      assertEquals(new ArrayList<>(profiles.keySet()), listed);
      int transitional = 0;
      for (String name : NAMES) {
        Entry e = profiles.get(name);
        if (e == null) {
          assertThrows(
              ResourceNotFoundException.class,
              () ->
                  clients.eks.describeFargateProfile(
                      r -> r.clusterName(CLUSTER).fargateProfileName(name)));
          continue;
        }
        String status =
            clients
                .eks
                .describeFargateProfile(r -> r.clusterName(CLUSTER).fargateProfileName(name))
                .fargateProfile()
                .statusAsString();
        assertEquals(e.status(), status, "status of Fargate profile " + name);
        if (!status.equals("ACTIVE")) {
          transitional++;
        }
      }
      assertTrue(transitional <= 1, "more than one Fargate profile in transition");
      assertEquals(
          new ArrayList<>(nodegroups.keySet()),
          clients.eks.listNodegroups(r -> r.clusterName(CLUSTER)).nodegroups());
      for (String name : NAMES) {
        Entry e = nodegroups.get(name);
        if (e == null) {
          assertThrows(
              ResourceNotFoundException.class,
              () -> clients.eks.describeNodegroup(r -> r.clusterName(CLUSTER).nodegroupName(name)));
        } else {
          var ng =
              clients
                  .eks
                  .describeNodegroup(r -> r.clusterName(CLUSTER).nodegroupName(name))
                  .nodegroup();
          assertEquals(e.status(), ng.statusAsString(), "status of node group " + name);
          assertEquals(e.desired(), ng.scalingConfig().desiredSize());
        }
      }
    }
  }

  @AfterTry
  void closeWorlds() {
    for (World w : opened) {
      w.clients.close();
      w.sandbox.close();
    }
    opened.clear();
  }

  @Property(tries = 25)
  void operationsKeepAwsInvariants(@ForAll("chains") ActionChain<World> chain) {
    chain.withInvariant("AWS invariants", World::checkInvariants).run();
  }

  @Provide
  Arbitrary<ActionChain<World>> chains() {
    return ActionChain.<World>startWith(World::new)
        .withAction(named("create profile", World::createProfile))
        .withAction(named("delete profile", World::deleteProfile))
        .withAction(named("create node group", World::createNodegroup))
        .withAction(named("scale node group", World::scaleNodegroup))
        .withAction(named("delete node group", World::deleteNodegroup))
        .withAction(
            2,
            (Action.Independent<World>)
                () ->
                    Arbitraries.of(0, 30, 60, 120, 180)
                        .map(
                            s ->
                                Transformer.mutate(
                                    "advance " + s + "s", w -> w.advance(Duration.ofSeconds(s)))))
        .withMaxTransformations(25);
  }

  private static Action.Independent<World> named(
      String what, java.util.function.BiConsumer<World, String> step) {
    return () ->
        Arbitraries.of(NAMES).map(n -> Transformer.mutate(what + " " + n, w -> step.accept(w, n)));
  }
}
