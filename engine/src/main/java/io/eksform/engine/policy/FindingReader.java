package io.eksform.engine.policy;

import io.eksform.engine.config.JsonPointers;
import io.eksform.engine.lint.Severity;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads the values a policy rule produces into findings, following conftest's conventions: a plain
 * string is the message; an object may carry {@code msg}, {@code path} (an array of keys and
 * indexes, or a JSON Pointer string), {@code severity} and {@code id}.
 */
final class FindingReader {
  private FindingReader() {}

  /** The finding a value stands for, with the rule's id and severity as defaults. */
  static Optional<Finding> read(JsonNode value, String defaultId, Severity defaultSeverity) {
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (value.isString()) {
      return Optional.of(new Finding(defaultId, value.asString(), "", defaultSeverity));
    }
    if (!value.isObject()) {
      return Optional.of(new Finding(defaultId, value.toString(), "", defaultSeverity));
    }
    String message = text(value.get("msg")).orElseGet(() -> value.toString());
    String id = text(value.get("id")).orElse(defaultId);
    Severity severity =
        text(value.get("severity")).flatMap(FindingReader::severity).orElse(defaultSeverity);
    return Optional.of(new Finding(id, message, pointer(value.get("path")), severity));
  }

  /** A path given as an array of keys and indexes, or as a JSON Pointer string. */
  static String pointer(JsonNode path) {
    if (path == null || path.isNull()) {
      return "";
    }
    if (path.isString()) {
      String p = path.asString();
      return p.isEmpty() || p.startsWith("/") ? p : "/" + p.replace('.', '/');
    }
    if (!path.isArray()) {
      return "";
    }
    String pointer = "";
    for (JsonNode step : path) {
      if (step.isIntegralNumber()) {
        pointer = JsonPointers.child(pointer, step.asInt());
      } else {
        pointer = JsonPointers.child(pointer, step.isString() ? step.asString() : step.toString());
      }
    }
    return pointer;
  }

  private static Optional<String> text(JsonNode node) {
    return node != null && node.isString() ? Optional.of(node.asString()) : Optional.empty();
  }

  private static Optional<Severity> severity(String word) {
    try {
      return Optional.of(Severity.parse(word));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
