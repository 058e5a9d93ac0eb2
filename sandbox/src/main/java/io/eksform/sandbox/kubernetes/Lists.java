package io.eksform.sandbox.kubernetes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * List requests: label and field selectors, {@code resourceVersion}, and {@code limit} with {@code
 * continue} tokens, answered as a {@code <Kind>List} document.
 */
final class Lists {
  private Lists() {}

  static Reply answer(ClusterObjects cluster, Route route, Request request) throws ApiException {
    QueryParameters query = request.query();
    LabelSelector labels = LabelSelector.parse(query.get("labelSelector"));
    FieldSelector fields = FieldSelector.parse(route.kind(), query.get("fieldSelector"));
    ClusterObjects.Listing listing =
        cluster.list(
            route.kind(),
            route.namespace(),
            object -> labels.matches(object) && fields.matches(object));
    checkResourceVersion(query, listing.resourceVersion());
    long limit = limit(query.get("limit"));
    String after = continueAfter(query.get("continue"));
    ObjectNode list = Json.object();
    list.put("kind", route.kind().listKindName());
    list.put("apiVersion", "v1");
    ObjectNode metadata = list.putObject("metadata");
    metadata.put("resourceVersion", Long.toString(listing.resourceVersion()));
    ArrayNode items = list.putArray("items");
    List<ObjectNode> remaining =
        listing.items().stream().filter(item -> key(item).compareTo(after) > 0).toList();
    int count = 0;
    for (ObjectNode item : remaining) {
      if (limit > 0 && count == limit) {
        metadata.put(
            "continue", continueToken(listing.resourceVersion(), key(items.get(count - 1))));
        if (query.get("labelSelector").isEmpty() && query.get("fieldSelector").isEmpty()) {
          metadata.put("remainingItemCount", remaining.size() - count);
        }
        break;
      }
      item.remove("kind");
      item.remove("apiVersion");
      items.add(item);
      count++;
    }
    if (Tables.requested(request)) {
      return Reply.json(
          200, Tables.render(route.kind(), list, cluster.now(), query.get("includeObject")));
    }
    return Reply.json(200, list);
  }

  private static void checkResourceVersion(QueryParameters query, long current)
      throws ApiException {
    String requested = query.get("resourceVersion");
    if (requested.isEmpty()) {
      return;
    }
    long version;
    try {
      version = Long.parseUnsignedLong(requested);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("invalid resource version \"" + requested + "\": not a number");
    }
    if (version > current) {
      throw ApiException.tooLargeResourceVersion(version, current);
    }
    if (query.get("resourceVersionMatch").equals("Exact") && version != current) {
      throw ApiException.gone("too old resource version: " + version + " (" + current + ")");
    }
  }

  private static long limit(String text) throws ApiException {
    if (text.isEmpty()) {
      return 0;
    }
    try {
      return Math.max(0, Long.parseLong(text));
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("invalid limit \"" + text + "\": not a number");
    }
  }

  private static String key(JsonNode item) {
    JsonNode metadata = item.path("metadata");
    return Json.text(metadata, "namespace") + "/" + Json.text(metadata, "name");
  }

  private static String continueToken(long resourceVersion, String lastKey) {
    ObjectNode token = Json.object();
    token.put("v", "meta.k8s.io/v1");
    token.put("rv", resourceVersion);
    token.put("start", lastKey);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Json.bytes(token));
  }

  /** The key a {@code continue} token resumes after; "" (before every key) when absent. */
  private static String continueAfter(String token) throws ApiException {
    if (token.isEmpty()) {
      return "";
    }
    try {
      JsonNode decoded =
          Json.MAPPER.readTree(
              new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
      JsonNode start = decoded.get("start");
      if (start != null && start.isString()) {
        return start.stringValue();
      }
    } catch (IllegalArgumentException | JacksonException e) {
      // falls through to the error Kubernetes gives for a token it cannot read
    }
    throw ApiException.badRequest(
        "continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)");
  }
}
