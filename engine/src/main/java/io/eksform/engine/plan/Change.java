package io.eksform.engine.plan;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One planned change: the object, the action, its state before and after (JSON null for none), the
 * attributes that differ, the reasons (for people: apply never branches on them), the changes it
 * must follow, where the config asks for it (a JSON Pointer, or "" when nothing in the config does,
 * as for a delete), and for a replacement how it is carried out (apply follows it exactly).
 */
public record Change(
    ResourceAddress address,
    Action action,
    JsonNode before,
    JsonNode after,
    List<AttributeChange> attributes,
    List<String> reasons,
    List<ResourceAddress> dependsOn,
    String configPointer,
    Optional<Replacement> replacement) {
  public Change {
    attributes = List.copyOf(attributes);
    reasons = List.copyOf(reasons);
    dependsOn = dependsOn.stream().sorted().distinct().toList();
    if (action != Action.REPLACE) {
      replacement = Optional.empty();
    }
  }

  /** A change that replaces nothing (or whose replacement is decided later, by the planner). */
  public Change(
      ResourceAddress address,
      Action action,
      JsonNode before,
      JsonNode after,
      List<AttributeChange> attributes,
      List<String> reasons,
      List<ResourceAddress> dependsOn,
      String configPointer) {
    this(
        address,
        action,
        before,
        after,
        attributes,
        reasons,
        dependsOn,
        configPointer,
        Optional.empty());
  }

  /** This change, following {@code other} too. */
  public Change followingAlso(ResourceAddress other) {
    List<ResourceAddress> deps = new java.util.ArrayList<>(dependsOn);
    deps.add(other);
    return new Change(
        address, action, before, after, attributes, reasons, deps, configPointer, replacement);
  }

  /** This change with its replacement decided. */
  public Change withReplacement(Replacement r) {
    return new Change(
        address,
        action,
        before,
        after,
        attributes,
        reasons,
        dependsOn,
        configPointer,
        Optional.of(r));
  }

  public boolean isChange() {
    return action != Action.NO_OP;
  }

  public boolean isDestructive() {
    return action == Action.DELETE || action == Action.REPLACE;
  }
}
