package io.eksform.sandbox.kubernetes;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parts of a DELETE's {@code DeleteOptions} body that matter here: the uid and resourceVersion
 * preconditions and {@code dryRun}. Propagation policies and grace periods are accepted and have
 * nothing to act on.
 */
record DeleteOptions(String uid, String resourceVersion, boolean dryRun) {
  static final DeleteOptions NONE = new DeleteOptions("", "", false);

  /** Reads a JSON body; an empty or non-JSON one (protobuf from typed clients) sets nothing. */
  static DeleteOptions read(Request request) {
    byte[] body = request.body();
    if (body.length == 0 || body[0] != '{') {
      return NONE;
    }
    JsonNode json;
    try {
      json = Json.MAPPER.readTree(body);
    } catch (JacksonException e) {
      return NONE;
    }
    JsonNode preconditions = json.path("preconditions");
    boolean dryRun = false;
    for (JsonNode value : json.path("dryRun").values()) {
      dryRun |= "All".equals(value.asString());
    }
    return new DeleteOptions(
        preconditions.path("uid").asString(""),
        preconditions.path("resourceVersion").asString(""),
        dryRun);
  }

  void check(Kind kind, String name, ObjectNode metadata) throws ApiException {
    String actualUid = Json.text(metadata, "uid");
    if (!uid.isEmpty() && !uid.equals(actualUid)) {
      throw ApiException.preconditionFailed(
          kind,
          name,
          "the UID in the precondition ("
              + uid
              + ") does not match the UID in record ("
              + actualUid
              + "). The object might have been deleted and then recreated");
    }
    String actualVersion = Json.text(metadata, "resourceVersion");
    if (!resourceVersion.isEmpty() && !resourceVersion.equals(actualVersion)) {
      throw ApiException.preconditionFailed(
          kind,
          name,
          "the ResourceVersion in the precondition ("
              + resourceVersion
              + ") does not match the ResourceVersion in record ("
              + actualVersion
              + "). The object might have been modified");
    }
  }
}
