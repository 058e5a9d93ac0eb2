package io.eksform.engine.project;

import io.eksform.engine.config.JsonPointers;
import io.eksform.engine.config.Position;
import io.eksform.engine.config.YamlDocument;
import io.eksform.engine.schema.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The keys {@code .eksform.yaml} may hold, at every level: a key eksform does not know is an error
 * with the closest known one, as in a ClusterConfig, since a mistyped limit would otherwise be
 * silently left at its default. The {@code limits:} tree is the shape of the built-in rule set's
 * limits, so a new limit needs no change here.
 */
final class ProjectKeys {
  private static final String LIMITS_RESOURCE = "io/eksform/policies/data.json";
  private static final List<String> SECTIONS = List.of("limits", "ignore", "regoVersion");
  private static final List<String> IGNORE_KEYS = List.of("rule", "path", "reason", "until");

  private ProjectKeys() {}

  /** Throws {@link ProjectConfig.Invalid} at the first unknown key of {@code doc}. */
  static void check(String name, YamlDocument doc) {
    JsonNode root = doc.root();
    known(name, doc, "", root, SECTIONS);
    JsonNode limits = root.path("limits");
    if (limits.isObject()) {
      limits(name, doc, "/limits", limits, builtInLimits());
    }
    JsonNode ignores = root.path("ignore");
    if (!ignores.isMissingNode() && !ignores.isNull() && !ignores.isArray()) {
      Position at = doc.sourceMap().valuePosition("/ignore");
      throw new ProjectConfig.Invalid(
          name + ":" + at.line() + ": ignore: must be a list of entries",
          "write each entry as a list item: - rule: RULE-ID");
    }
    for (int i = 0; i < ignores.size(); i++) {
      known(name, doc, JsonPointers.child("/ignore", i), ignores.get(i), IGNORE_KEYS);
    }
  }

  private static void limits(
      String name, YamlDocument doc, String pointer, JsonNode given, JsonNode shape) {
    known(name, doc, pointer, given, List.copyOf(shape.propertyNames()));
    for (String key : given.propertyNames()) {
      JsonNode expected = shape.path(key);
      String child = JsonPointers.child(pointer, key);
      if (expected.isObject()) {
        limits(name, doc, child, given.get(key), expected);
      } else if (expected.isString()
          ? !given.get(key).isString()
          : !given.get(key).isIntegralNumber()) {
        Position at = doc.sourceMap().valuePosition(child);
        throw new ProjectConfig.Invalid(
            name
                + ":"
                + at.line()
                + ": "
                + JsonPointers.toPath(child)
                + (expected.isString() ? " must be a string" : " must be a whole number"),
            "the built-in value is " + expected);
      }
    }
  }

  private static void known(
      String name, YamlDocument doc, String pointer, JsonNode node, List<String> keys) {
    String where = pointer.isEmpty() ? "at the top level" : "in " + JsonPointers.toPath(pointer);
    if (!node.isObject()) {
      Position at = pointer.isEmpty() ? new Position(1, 1) : doc.sourceMap().valuePosition(pointer);
      throw new ProjectConfig.Invalid(
          name + ":" + at.line() + ": expected a mapping " + where,
          "known keys here: " + String.join(", ", new TreeSet<>(keys)));
    }
    for (String key : node.propertyNames()) {
      if (keys.contains(key)) {
        continue;
      }
      Position at = doc.sourceMap().keyPosition(JsonPointers.child(pointer, key));
      Optional<String> closest = Suggestions.closest(key, keys);
      throw new ProjectConfig.Invalid(
          name + ":" + at.line() + ": unknown key '" + key + "' " + where,
          closest
              .map(c -> "did you mean '" + c + "'?")
              .orElse("known keys here: " + String.join(", ", new TreeSet<>(keys))));
    }
  }

  /** The {@code eksform.limits} object of the built-in rule set's data. */
  private static JsonNode builtInLimits() {
    try (InputStream in = ProjectKeys.class.getClassLoader().getResourceAsStream(LIMITS_RESOURCE)) {
      if (in == null) {
        return new ObjectNode(JsonNodeFactory.instance);
      }
      return JsonMapper.builder().build().readTree(in).path("eksform").path("limits");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the built-in limits", e);
    }
  }
}
