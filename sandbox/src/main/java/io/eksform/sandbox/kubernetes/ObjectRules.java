package io.eksform.sandbox.kubernetes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the API server does to an object before storing it: defaulting, the fields only the server
 * may set, and validation of metadata, for every served kind (and of a pod's containers).
 */
final class ObjectRules {
  /** The label Kubernetes puts on every namespace, holding its name. */
  static final String NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

  private static final int ANNOTATIONS_MAX_BYTES = 256 * 1024;

  private ObjectRules() {}

  /** The body of a create request as an object of {@code kind}, still without server fields. */
  static ObjectNode incoming(Kind kind, String namespace, JsonNode body) throws ApiException {
    if (!(body instanceof ObjectNode object)) {
      throw ApiException.badRequest(
          "the request body must be a JSON object of kind " + kind.kindName());
    }
    String bodyKind = Json.text(object, "kind");
    if (!bodyKind.isEmpty() && !bodyKind.equals(kind.kindName())) {
      throw ApiException.badRequest(
          "the API version in the data (v1) does not match the expected kind: "
              + bodyKind
              + " is not "
              + kind.kindName());
    }
    String apiVersion = Json.text(object, "apiVersion");
    if (!apiVersion.isEmpty() && !apiVersion.equals("v1")) {
      throw ApiException.badRequest(
          "the API version in the data ("
              + apiVersion
              + ") does not match the expected API version (v1)");
    }
    ObjectNode copy = object.deepCopy();
    ObjectNode result = Json.object();
    result.put("kind", kind.kindName());
    result.put("apiVersion", "v1");
    copy.remove("kind");
    copy.remove("apiVersion");
    result.setAll(copy);
    ObjectNode metadata = Json.child(result, "metadata");
    checkStringMap(metadata, "labels");
    checkStringMap(metadata, "annotations");
    String bodyNamespace = Json.text(metadata, "namespace");
    if (kind.namespaced()) {
      if (!bodyNamespace.isEmpty() && !bodyNamespace.equals(namespace)) {
        throw ApiException.badRequest(
            "the namespace of the provided object does not match the namespace sent on the"
                + " request");
      }
      metadata.put("namespace", namespace);
    } else {
      metadata.remove("namespace");
    }
    return result;
  }

  /** Defaults a namespace as Kubernetes does: its name label, its finalizer, phase Active. */
  static void defaultNamespace(ObjectNode namespace) {
    ObjectNode metadata = Json.child(namespace, "metadata");
    Json.child(metadata, "labels").put(NAMESPACE_NAME_LABEL, Json.text(metadata, "name"));
    ObjectNode spec = Json.child(namespace, "spec");
    if (!spec.has("finalizers")) {
      spec.putArray("finalizers").add("kubernetes");
    }
    namespace.set("status", Json.object().put("phase", "Active"));
  }

  /**
   * Defaults a pod as the API server and its admission plugins do: the {@code default} service
   * account, phase Pending (no kubelet ever runs it here).
   */
  static void defaultPod(ObjectNode pod) {
    ObjectNode spec = Json.child(pod, "spec");
    if (Json.text(spec, "serviceAccountName").isEmpty()) {
      spec.put("serviceAccountName", "default");
    }
    if (!(pod.get("status") instanceof ObjectNode)) {
      pod.set("status", Json.object());
    }
    ObjectNode status = (ObjectNode) pod.get("status");
    if (Json.text(status, "phase").isEmpty()) {
      status.put("phase", "Pending");
    }
  }

  /** Carries over what an update may not change: identity, creation time, namespace status. */
  static void keepServerFields(Kind kind, ObjectNode current, ObjectNode updated) {
    ObjectNode oldMeta = Json.child(current, "metadata");
    ObjectNode newMeta = Json.child(updated, "metadata");
    for (String field : List.of("uid", "creationTimestamp", "deletionTimestamp")) {
      JsonNode value = oldMeta.get(field);
      if (value == null) {
        newMeta.remove(field);
      } else {
        newMeta.set(field, value);
      }
    }
    if (kind == Kind.NAMESPACE) {
      Json.child(updated, "spec").set("finalizers", Json.child(current, "spec").get("finalizers"));
      updated.set("status", current.get("status"));
      Json.child(newMeta, "labels").put(NAMESPACE_NAME_LABEL, Json.text(newMeta, "name"));
    }
    if (kind == Kind.POD) {
      // A pod's status belongs to its kubelet, written through the status subresource.
      updated.set("status", current.get("status"));
    }
  }

  /** Every metadata problem of {@code object}, as Kubernetes' field errors; empty when valid. */
  static List<FieldError> validate(Kind kind, ObjectNode object) {
    List<FieldError> errors = new ArrayList<>();
    ObjectNode metadata = Json.child(object, "metadata");
    String name = Json.text(metadata, "name");
    if (name.isEmpty()) {
      errors.add(FieldError.required("metadata.name", "name or generateName is required"));
    } else {
      List<String> problems =
          kind == Kind.NAMESPACE ? Names.dns1123Label(name) : Names.dns1123Subdomain(name);
      for (String problem : problems) {
        errors.add(FieldError.invalid("metadata.name", name, problem));
      }
    }
    for (Map.Entry<String, JsonNode> label : metadata.path("labels").properties()) {
      String field = "metadata.labels";
      for (String problem : Names.qualifiedName(label.getKey())) {
        errors.add(FieldError.invalid(field, label.getKey(), problem));
      }
      for (String problem : Names.labelValue(label.getValue().stringValue())) {
        errors.add(FieldError.invalid(field, label.getValue().stringValue(), problem));
      }
    }
    if (kind == Kind.POD && object.path("spec").path("containers").isEmpty()) {
      errors.add(FieldError.required("spec.containers", ""));
    }
    int annotationBytes = 0;
    for (Map.Entry<String, JsonNode> annotation : metadata.path("annotations").properties()) {
      for (String problem : Names.qualifiedName(annotation.getKey())) {
        errors.add(FieldError.invalid("metadata.annotations", annotation.getKey(), problem));
      }
      annotationBytes +=
          annotation.getKey().getBytes(StandardCharsets.UTF_8).length
              + annotation.getValue().stringValue().getBytes(StandardCharsets.UTF_8).length;
    }
    if (annotationBytes > ANNOTATIONS_MAX_BYTES) {
      errors.add(
          new FieldError(
              "metadata.annotations",
              "Too long",
              "",
              "must have at most " + ANNOTATIONS_MAX_BYTES + " bytes"));
    }
    return errors;
  }

  private static void checkStringMap(ObjectNode metadata, String field) throws ApiException {
    JsonNode map = metadata.get(field);
    if (map == null || map.isNull()) {
      metadata.remove(field);
      return;
    }
    if (!map.isObject()) {
      throw ApiException.badRequest("metadata." + field + " must be a map of strings");
    }
    for (Map.Entry<String, JsonNode> entry : map.properties()) {
      if (!entry.getValue().isString()) {
        throw ApiException.badRequest(
            "metadata." + field + "." + entry.getKey() + " must be a string");
      }
    }
  }
}
