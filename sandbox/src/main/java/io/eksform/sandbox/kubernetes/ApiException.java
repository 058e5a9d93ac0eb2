package io.eksform.sandbox.kubernetes;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A request Kubernetes refuses, carried as the {@code Status} document it answers with. */
final class ApiException extends Exception {
  private static final long serialVersionUID = 1L;

  /** One entry of {@code details.causes}: which field is wrong and why. */
  record Cause(String reason, String message, String field) {}

  private final int code;
  private final String reason;
  private final String name;
  private final String detailsKind;
  private final List<Cause> causes;

  private ApiException(
      int code,
      String reason,
      String message,
      String name,
      String detailsKind,
      List<Cause> causes) {
    super(message, null, false, false);
    this.code = code;
    this.reason = reason;
    this.name = name;
    this.detailsKind = detailsKind;
    this.causes = List.copyOf(causes);
  }

  static ApiException notFound(Kind kind, String name) {
    return new ApiException(
        404,
        "NotFound",
        kind.resource() + " \"" + name + "\" not found",
        name,
        kind.resource(),
        List.of());
  }

  static ApiException unknownResource() {
    return new ApiException(
        404, "NotFound", "the server could not find the requested resource", "", "", List.of());
  }

  static ApiException alreadyExists(Kind kind, String name) {
    return new ApiException(
        409,
        "AlreadyExists",
        kind.resource() + " \"" + name + "\" already exists",
        name,
        kind.resource(),
        List.of());
  }

  static ApiException conflict(Kind kind, String name) {
    return new ApiException(
        409,
        "Conflict",
        "Operation cannot be fulfilled on "
            + kind.resource()
            + " \""
            + name
            + "\": the object has been modified; please apply your changes to the latest version"
            + " and try again",
        name,
        kind.resource(),
        List.of());
  }

  /** A 422 whose message lists every field error the way Kubernetes aggregates them. */
  static ApiException invalid(Kind kind, String name, List<FieldError> errors) {
    return invalid(kind.kindName(), name, errors);
  }

  /** As {@link #invalid(Kind, String, List)} for a kind not served, such as PatchOptions. */
  static ApiException invalid(String kindName, String name, List<FieldError> errors) {
    String joined =
        errors.size() == 1
            ? errors.get(0).toString()
            : "[" + String.join(", ", errors.stream().map(FieldError::toString).toList()) + "]";
    return new ApiException(
        422,
        "Invalid",
        kindName + " \"" + name + "\" is invalid: " + joined,
        name,
        kindName,
        errors.stream().map(FieldError::cause).toList());
  }

  /** A failed delete precondition, worded as Kubernetes words it. */
  static ApiException preconditionFailed(Kind kind, String name, String why) {
    return new ApiException(
        409,
        "Conflict",
        "Operation cannot be fulfilled on " + kind.resource() + " \"" + name + "\": " + why,
        name,
        kind.resource(),
        List.of());
  }

  /**
   * A second delete of a namespace that is already terminating: the namespace controller owns it
   * until its content is gone.
   */
  static ApiException namespaceTerminating(String name) {
    return new ApiException(
        409,
        "Conflict",
        "Operation cannot be fulfilled on namespaces \""
            + name
            + "\": The system is ensuring all content is removed from this namespace.  Upon"
            + " completion, this namespace will automatically be purged by the system.",
        name,
        Kind.NAMESPACE.resource(),
        List.of());
  }

  static ApiException forbidden(Kind kind, String name, String why) {
    return new ApiException(
        403,
        "Forbidden",
        kind.resource() + " \"" + name + "\" is forbidden: " + why,
        name,
        kind.resource(),
        List.of());
  }

  static ApiException unauthorized() {
    return new ApiException(401, "Unauthorized", "Unauthorized", "", "", List.of());
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, "BadRequest", message, "", "", List.of());
  }

  static ApiException methodNotAllowed() {
    return new ApiException(
        405,
        "MethodNotAllowed",
        "the server does not allow this method on the requested resource",
        "",
        "",
        List.of());
  }

  static ApiException unsupportedMediaType(String contentType, String accepted) {
    return new ApiException(
        415,
        "UnsupportedMediaType",
        "the body of the request was in an unknown format - accepted media types include: "
            + accepted,
        "",
        "",
        List.of());
  }

  /** A 422 without field causes, for patches that cannot be applied. */
  static ApiException unprocessable(String message) {
    return new ApiException(422, "Invalid", message, "", "", List.of());
  }

  static ApiException gone(String message) {
    return new ApiException(410, "Expired", message, "", "", List.of());
  }

  static ApiException internalError(String message) {
    return new ApiException(500, "InternalError", message, "", "", List.of());
  }

  static ApiException tooLargeResourceVersion(long requested, long current) {
    return new ApiException(
        504,
        "Timeout",
        "Too large resource version: " + requested + ", current: " + current,
        "",
        "",
        List.of(
            new Cause(
                "ResourceVersionTooLarge",
                "Too large resource version: " + requested + ", current: " + current,
                "")));
  }

  int code() {
    return code;
  }

  String reason() {
    return reason;
  }

  /** The {@code Status} document: kind Status, apiVersion v1, status Failure. */
  ObjectNode toStatus() {
    ObjectNode status = Json.object();
    status.put("kind", "Status");
    status.put("apiVersion", "v1");
    status.set("metadata", Json.object());
    status.put("status", "Failure");
    status.put("message", getMessage());
    status.put("reason", reason);
    ObjectNode details = Json.object();
    if (!name.isEmpty()) {
      details.put("name", name);
    }
    if (!detailsKind.isEmpty()) {
      details.put("kind", detailsKind);
    }
    if (!causes.isEmpty()) {
      ArrayNode array = details.putArray("causes");
      for (Cause cause : causes) {
        ObjectNode entry = array.addObject();
        entry.put("reason", cause.reason());
        entry.put("message", cause.message());
        if (!cause.field().isEmpty()) {
          entry.put("field", cause.field());
        }
      }
    }
    if (reason.equals("Timeout")) {
      details.put("retryAfterSeconds", 1);
    }
    if (!details.isEmpty()) {
      status.set("details", details);
    }
    status.put("code", code);
    return status;
  }
}
