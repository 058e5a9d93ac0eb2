package io.eksform.engine.report.plan;

import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.AttributeChange;
import io.eksform.engine.plan.Change;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The rows the text and markdown formats list under a change: every attribute of a new object, the
 * changed ones of an updated or replaced object, the old ones of a deleted object. A large list or
 * map that changed in place is split into the leaves that differ ({@code tags["team"]}, {@code
 * subnets[2]}), so a one-tag change does not print the whole policy twice.
 */
final class AttributeLines {
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private AttributeLines() {}

  static List<AttributeLine> of(Change change) {
    List<AttributeLine> out = new ArrayList<>();
    if (change.action() == Action.NO_OP) {
      return out;
    }
    if (change.action() == Action.DELETE && change.attributes().isEmpty()) {
      JsonNode before = change.before();
      if (before != null && before.isObject()) {
        for (Map.Entry<String, JsonNode> e : before.properties()) {
          out.add(removed(e.getKey(), e.getValue(), false));
        }
      }
      return out;
    }
    for (AttributeChange a : change.attributes()) {
      addRows(a, out);
    }
    return out;
  }

  private static void addRows(AttributeChange a, List<AttributeLine> out) {
    JsonNode before = orNone(a.before());
    JsonNode after = orNone(a.after());
    boolean forces = a.forcesReplacement();
    if (a.knownAfterApply()) {
      out.add(
          new AttributeLine(
              before.isNull() ? AttributeLine.Kind.ADD : AttributeLine.Kind.CHANGE,
              a.path(),
              before.isNull() ? List.of() : Values.lines(before),
              Optional.empty(),
              forces));
    } else if (before.isNull() && after.isNull()) {
      return; // an optional setting left unset: nothing to show
    } else if (before.isNull()) {
      out.add(added(a.path(), after, forces));
    } else if (after.isNull()) {
      out.add(removed(a.path(), before, forces));
    } else if (splits(before, after)) {
      leaves(a.path(), before, after, forces, out);
    } else {
      out.add(changed(a.path(), before, after, forces));
    }
  }

  /** Two lists or two maps too long to print side by side on one line. */
  private static boolean splits(JsonNode before, JsonNode after) {
    boolean sameKind =
        (before.isObject() && after.isObject()) || (before.isArray() && after.isArray());
    return sameKind
        && Values.inline(before).length() + Values.inline(after).length() > Values.INLINE_WIDTH;
  }

  private static void leaves(
      String path, JsonNode before, JsonNode after, boolean forces, List<AttributeLine> out) {
    Map<String, JsonNode> was = new LinkedHashMap<>();
    Map<String, JsonNode> will = new LinkedHashMap<>();
    flatten(path, before, was);
    flatten(path, after, will);
    Set<String> paths = new LinkedHashSet<>(was.keySet());
    paths.addAll(will.keySet());
    for (String p : paths) {
      JsonNode b = was.get(p);
      JsonNode a = will.get(p);
      if (b == null) {
        out.add(added(p, a, forces));
      } else if (a == null) {
        out.add(removed(p, b, forces));
      } else if (!a.equals(b)) {
        out.add(changed(p, b, a, forces));
      }
    }
  }

  private static void flatten(String path, JsonNode node, Map<String, JsonNode> out) {
    if (node.isObject() && !node.isEmpty()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        flatten(path + segment(e.getKey()), e.getValue(), out);
      }
    } else if (node.isArray() && !node.isEmpty()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), out);
      }
    } else {
      out.put(path, node);
    }
  }

  private static String segment(String key) {
    return PLAIN_KEY.matcher(key).matches()
        ? "." + key
        : "[" + Values.inline(tools.jackson.databind.node.StringNode.valueOf(key)) + "]";
  }

  private static AttributeLine added(String path, JsonNode after, boolean forces) {
    return new AttributeLine(
        AttributeLine.Kind.ADD, path, List.of(), Optional.of(Values.lines(after)), forces);
  }

  private static AttributeLine removed(String path, JsonNode before, boolean forces) {
    return new AttributeLine(
        AttributeLine.Kind.REMOVE, path, Values.lines(before), Optional.of(List.of()), forces);
  }

  private static AttributeLine changed(
      String path, JsonNode before, JsonNode after, boolean forces) {
    return new AttributeLine(
        AttributeLine.Kind.CHANGE,
        path,
        Values.lines(before),
        Optional.of(Values.lines(after)),
        forces);
  }

  private static JsonNode orNone(JsonNode value) {
    return value == null || value.isMissingNode()
        ? tools.jackson.databind.node.NullNode.getInstance()
        : value;
  }
}
