package io.eksform.engine.plan;

import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The two shapes every resource planner builds: a creation, and a comparison with live state. */
public final class Changes {
  private Changes() {}

  /** A new object: every attribute of {@code after} appears, from nothing. */
  public static Change create(
      ResourceAddress address,
      ObjectNode after,
      String reason,
      List<ResourceAddress> dependsOn,
      String pointer) {
    return new Change(
        address,
        Action.CREATE,
        Json.NONE,
        after,
        Diff.creation(after, Set.of()),
        List.of(reason),
        dependsOn,
        pointer);
  }

  /**
   * An existing object compared attribute by attribute: no-op, update, or replace when an attribute
   * of {@code replaceOnChange} differs ({@code what} names the object in the reasons).
   */
  public static Change compare(
      ResourceAddress address,
      JsonNode before,
      ObjectNode after,
      Set<String> replaceOnChange,
      String what,
      List<ResourceAddress> dependsOn,
      String pointer) {
    var attributes = Diff.attributes(before, after, replaceOnChange, Set.of());
    return new Change(
        address,
        Diff.actionFor(attributes),
        before,
        after,
        attributes,
        Diff.reasons(attributes, what),
        dependsOn,
        pointer);
  }
}
