package io.eksform.sandbox.kubernetes;

import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Chooses how a PATCH body changes an object, from its {@code Content-Type}. */
final class Patches {
  private Patches() {}

  /** Whether the request is a server-side apply ({@code application/apply-patch+yaml}). */
  static boolean isApply(Request request) {
    return mediaType(request).equals("application/apply-patch+yaml");
  }

  static String mediaType(Request request) {
    String contentType = request.header("Content-Type");
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
        .trim()
        .toLowerCase(Locale.ROOT);
  }

  static ClusterObjects.Change forRequest(Request request) throws ApiException {
    String contentType = request.header("Content-Type");
    String mediaType = mediaType(request);
    JsonNode patch = Json.parse(request.body());
    switch (mediaType) {
      case "application/merge-patch+json":
        return current -> asObject(MergePatch.apply(current, patch));
      case "application/strategic-merge-patch+json":
        JsonNode merge = MergePatch.withoutDirectives(patch);
        return current -> asObject(MergePatch.apply(current, merge));
      case "application/json-patch+json":
        return current -> asObject(JsonPatch.apply(current, patch));
      default:
        throw ApiException.unsupportedMediaType(
            contentType,
            "application/json-patch+json, application/merge-patch+json,"
                + " application/apply-patch+yaml, application/strategic-merge-patch+json");
    }
  }

  private static ObjectNode asObject(JsonNode patched) throws ApiException {
    if (patched instanceof ObjectNode object) {
      return object;
    }
    throw ApiException.badRequest("the patched document is not a JSON object");
  }
}
