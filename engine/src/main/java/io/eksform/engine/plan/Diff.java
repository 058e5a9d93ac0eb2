package io.eksform.engine.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares the before and after objects of one resource, attribute by attribute. Only attributes
 * present in {@code after} are compared: what the config does not say is not managed. Attributes in
 * {@code replaceOnChange} force a replacement.
 */
public final class Diff {
  private Diff() {}

  public static List<AttributeChange> attributes(
      JsonNode before, ObjectNode after, Set<String> replaceOnChange, Set<String> unknown) {
    List<AttributeChange> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : after.properties()) {
      String key = e.getKey();
      JsonNode was = before == null || before.isNull() ? Json.NONE : before.path(key);
      if (was.isMissingNode()) {
        was = Json.NONE;
      }
      JsonNode will = e.getValue();
      boolean unknownAfter = unknown.contains(key);
      if (unknownAfter || !was.equals(will)) {
        out.add(new AttributeChange(key, was, will, replaceOnChange.contains(key), unknownAfter));
      }
    }
    return out;
  }

  /** The action for a live object that exists, given its attribute changes. */
  public static Action actionFor(List<AttributeChange> changes) {
    if (changes.stream().anyMatch(AttributeChange::forcesReplacement)) {
      return Action.REPLACE;
    }
    return changes.stream().anyMatch(c -> !c.knownAfterApply()) ? Action.UPDATE : Action.NO_OP;
  }

  /** Reasons, one per attribute, in words. */
  public static List<String> reasons(List<AttributeChange> changes, String what) {
    List<String> out = new ArrayList<>();
    for (AttributeChange c : changes) {
      if (c.knownAfterApply()) {
        continue;
      }
      out.add(
          c.path()
              + " changes"
              + (c.forcesReplacement() ? " and " + what + " cannot change it in place" : ""));
    }
    return out;
  }

  /** Every attribute of a new object, as changes from nothing. */
  public static List<AttributeChange> creation(ObjectNode after, Set<String> unknown) {
    List<AttributeChange> out = new ArrayList<>();
    after
        .properties()
        .forEach(
            e ->
                out.add(
                    new AttributeChange(
                        e.getKey(),
                        Json.NONE,
                        e.getValue(),
                        false,
                        unknown.contains(e.getKey()) || Unknown.is(e.getValue()))));
    return out;
  }
}
