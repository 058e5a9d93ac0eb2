package io.eksform.sandbox.kubernetes;

import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** Reads a create or update body in the media types clients send: JSON or Kubernetes protobuf. */
final class Bodies {
  private Bodies() {}

  static JsonNode read(Kind kind, Request request) throws ApiException {
    String contentType = request.header("Content-Type");
    int semicolon = contentType.indexOf(';');
    String mediaType =
        (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
            .trim()
            .toLowerCase(Locale.ROOT);
    switch (mediaType) {
      case "":
      case "application/json":
        return Json.parse(request.body());
      case "application/yaml":
        return Json.parseYaml(request.body());
      case "application/vnd.kubernetes.protobuf":
        return ProtobufBodies.decode(kind, request.body());
      default:
        throw ApiException.unsupportedMediaType(
            contentType, "application/json, application/yaml, application/vnd.kubernetes.protobuf");
    }
  }
}
