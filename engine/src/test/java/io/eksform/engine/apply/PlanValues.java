package io.eksform.engine.apply;

import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.ConfigFingerprint;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanTarget;
import io.eksform.engine.plan.Provenance;
import io.eksform.engine.plan.ResourceAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.node.JsonNodeFactory;

/** Small plans for unit tests. */
final class PlanValues {
  private PlanValues() {}

  static Change change(String address, Action action, String... dependsOn) {
    return new Change(
        ResourceAddress.parse(address),
        action,
        JsonNodeFactory.instance.nullNode(),
        JsonNodeFactory.instance.objectNode(),
        List.of(),
        List.of(),
        Arrays.stream(dependsOn).map(ResourceAddress::parse).toList(),
        "");
  }

  static Plan plan(List<Change> changes, Map<String, String> fingerprints, String configDigest) {
    return plan(changes, fingerprints, configDigest, Optional.empty());
  }

  /** A plan whose provenance also holds the fingerprint of the config as parsed. */
  static Plan plan(
      List<Change> changes,
      Map<String, String> fingerprints,
      String configDigest,
      Optional<ConfigFingerprint> config) {
    return new Plan(
        Plan.FORMAT_VERSION,
        new PlanTarget("c1", "us-west-2", "123456789012"),
        changes,
        new TreeMap<>(fingerprints),
        new Provenance("test", "c.yaml", configDigest, "p", Optional.empty(), config),
        List.of(),
        List.of());
  }
}
