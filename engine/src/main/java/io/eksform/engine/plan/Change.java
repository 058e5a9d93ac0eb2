package io.eksform.engine.plan;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One planned change: the object, the action, its state before and after (JSON null for none), the
 * attributes that differ, the reasons (for people: apply never branches on them), the changes it
 * must follow, and where the config asks for it (a JSON Pointer, or "" when nothing in the config
 * does, as for a delete).
 */
public record Change(
    ResourceAddress address,
    Action action,
    JsonNode before,
    JsonNode after,
    List<AttributeChange> attributes,
    List<String> reasons,
    List<ResourceAddress> dependsOn,
    String configPointer) {
  public Change {
    attributes = List.copyOf(attributes);
    reasons = List.copyOf(reasons);
    dependsOn = dependsOn.stream().sorted().distinct().toList();
  }

  public boolean isChange() {
    return action != Action.NO_OP;
  }

  public boolean isDestructive() {
    return action == Action.DELETE || action == Action.REPLACE;
  }
}
