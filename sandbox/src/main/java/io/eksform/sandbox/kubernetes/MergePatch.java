package io.eksform.sandbox.kubernetes;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON merge patch (RFC 7386): objects merge key by key, {@code null} removes a key, anything else
 * replaces. Strategic merge patch for namespaces and service accounts uses it too, after dropping
 * its {@code $}-directives, since the fields that differ (lists merged by key) are not metadata.
 */
final class MergePatch {
  private MergePatch() {}

  static JsonNode apply(JsonNode target, JsonNode patch) {
    if (!(patch instanceof ObjectNode patchObject)) {
      return patch.deepCopy();
    }
    ObjectNode result =
        target instanceof ObjectNode targetObject ? targetObject.deepCopy() : Json.object();
    for (Map.Entry<String, JsonNode> entry : patchObject.properties()) {
      if (entry.getValue().isNull()) {
        result.remove(entry.getKey());
      } else {
        JsonNode existing = result.get(entry.getKey());
        result.set(
            entry.getKey(), apply(existing == null ? Json.object() : existing, entry.getValue()));
      }
    }
    return result;
  }

  /** A copy of a strategic merge patch without its directive keys ({@code $patch}, ...). */
  static JsonNode withoutDirectives(JsonNode patch) {
    if (!(patch instanceof ObjectNode object)) {
      return patch;
    }
    ObjectNode copy = Json.object();
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      if (entry.getKey().startsWith("$")) {
        continue;
      }
      copy.set(entry.getKey(), withoutDirectives(entry.getValue()));
    }
    return copy;
  }

  static List<String> mediaTypes() {
    return List.of("application/merge-patch+json", "application/strategic-merge-patch+json");
  }
}
