package io.eksform.engine.resource.nodegroup;

import io.eksform.engine.apply.Fields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.services.eks.model.Taint;
import tools.jackson.databind.JsonNode;

/**
 * A plan's node group taints, written as in Kubernetes and ClusterConfig ({@code NoSchedule}), as
 * the EKS API takes them ({@code NO_SCHEDULE}).
 */
final class NodeGroupTaints {
  private NodeGroupTaints() {}

  /** The taints of a plan's {@code taints} array. */
  static List<Taint> of(JsonNode taints) {
    List<Taint> out = new ArrayList<>();
    taints.forEach(
        t ->
            out.add(
                Taint.builder()
                    .key(t.path("key").asString())
                    .value(Fields.optionalText(t, "value").orElse(null))
                    .effect(apiEffect(t.path("effect").asString()))
                    .build()));
    return out;
  }

  /** The taints of {@code before} that {@code after} does not hold (by key and effect). */
  static List<Taint> removed(JsonNode before, JsonNode after) {
    List<Taint> wanted = of(after);
    return of(before).stream()
        .filter(
            t ->
                wanted.stream().noneMatch(w -> w.key().equals(t.key()) && w.effect() == t.effect()))
        .toList();
  }

  /** {@code PreferNoSchedule} to {@code PREFER_NO_SCHEDULE}. */
  static String apiEffect(String kubernetes) {
    return kubernetes.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }
}
