package io.eksform.sandbox.kubernetes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fields the schema of a kind does not know, handled as {@code fieldValidation} asks: {@code
 * Strict} refuses the request, {@code Warn} (the default) drops them with a warning, {@code Ignore}
 * drops them silently. Kubernetes never stores a field its schema lacks.
 */
final class UnknownFields {
  /** Which fields an object may have: named children, or anything below when {@code open}. */
  private record Shape(Map<String, Shape> fields, boolean open, boolean list) {
    static Shape of(Map<String, Shape> fields) {
      return new Shape(fields, false, false);
    }

    static Shape listOf(Map<String, Shape> fields) {
      return new Shape(fields, false, true);
    }
  }

  private static final Shape ANY = new Shape(Map.of(), true, false);
  private static final Shape METADATA =
      Shape.of(
          Map.ofEntries(
              Map.entry("name", ANY),
              Map.entry("generateName", ANY),
              Map.entry("namespace", ANY),
              Map.entry("selfLink", ANY),
              Map.entry("uid", ANY),
              Map.entry("resourceVersion", ANY),
              Map.entry("generation", ANY),
              Map.entry("creationTimestamp", ANY),
              Map.entry("deletionTimestamp", ANY),
              Map.entry("deletionGracePeriodSeconds", ANY),
              Map.entry("labels", ANY),
              Map.entry("annotations", ANY),
              Map.entry("ownerReferences", ANY),
              Map.entry("finalizers", ANY),
              Map.entry("managedFields", ANY)));
  private static final Shape NAMESPACE =
      Shape.of(
          Map.of(
              "apiVersion", ANY,
              "kind", ANY,
              "metadata", METADATA,
              "spec", Shape.of(Map.of("finalizers", ANY)),
              "status", Shape.of(Map.of("phase", ANY, "conditions", ANY))));

  /** A pod's spec and status are taken whole: the sandbox runs no pods, it only keeps them. */
  private static final Shape POD =
      Shape.of(
          Map.of(
              "apiVersion", ANY,
              "kind", ANY,
              "metadata", METADATA,
              "spec", ANY,
              "status", ANY));

  private static final Shape SERVICE_ACCOUNT =
      Shape.of(
          Map.of(
              "apiVersion", ANY,
              "kind", ANY,
              "metadata", METADATA,
              "secrets",
                  Shape.listOf(
                      Map.of(
                          "kind", ANY,
                          "namespace", ANY,
                          "name", ANY,
                          "uid", ANY,
                          "apiVersion", ANY,
                          "resourceVersion", ANY,
                          "fieldPath", ANY)),
              "imagePullSecrets", Shape.listOf(Map.of("name", ANY)),
              "automountServiceAccountToken", ANY));

  private final String mode;
  private final List<String> warnings = new ArrayList<>();

  private UnknownFields(String mode) {
    this.mode = mode;
  }

  static UnknownFields forRequest(Request request) throws ApiException {
    String mode = request.query().get("fieldValidation");
    if (mode.isEmpty()) {
      return new UnknownFields("Warn");
    }
    if (!mode.equals("Strict") && !mode.equals("Warn") && !mode.equals("Ignore")) {
      throw ApiException.badRequest(
          "fieldValidation parameter unsupported: "
              + mode
              + ": supported values are Ignore, Warn and Strict");
    }
    return new UnknownFields(mode);
  }

  /** {@code object} without its unknown fields; a {@code Strict} request with any fails. */
  ObjectNode prune(Kind kind, ObjectNode object) throws ApiException {
    List<String> unknown = new ArrayList<>();
    ObjectNode pruned = object.deepCopy();
    Shape shape =
        switch (kind) {
          case NAMESPACE -> NAMESPACE;
          case POD -> POD;
          case SERVICE_ACCOUNT -> SERVICE_ACCOUNT;
        };
    prune(pruned, shape, "", unknown);
    if (unknown.isEmpty()) {
      return pruned;
    }
    List<String> messages = unknown.stream().map(path -> "unknown field \"" + path + "\"").toList();
    if (mode.equals("Strict")) {
      throw ApiException.badRequest("strict decoding error: " + String.join(", ", messages));
    }
    if (mode.equals("Warn")) {
      warnings.addAll(messages);
    }
    return pruned;
  }

  /** What a {@code Warn} request is told, one HTTP {@code Warning} header each. */
  List<String> warnings() {
    return List.copyOf(warnings);
  }

  private static void prune(JsonNode node, Shape shape, String path, List<String> unknown) {
    if (shape.open()) {
      return;
    }
    if (shape.list()) {
      int index = 0;
      for (JsonNode item : node.values()) {
        prune(item, Shape.of(shape.fields()), path + "[" + index++ + "]", unknown);
      }
      return;
    }
    if (!(node instanceof ObjectNode object)) {
      return;
    }
    for (String name : List.copyOf(object.propertyNames())) {
      String child = path.isEmpty() ? name : path + "." + name;
      Shape fieldShape = shape.fields().get(name);
      if (fieldShape == null) {
        unknown.add(child);
        object.remove(name);
      } else {
        prune(object.get(name), fieldShape, child, unknown);
      }
    }
  }
}
