package io.eksform.rego.conformance;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One case of an OPA conformance file, identified by {@code file#index}. JSON fields are null when
 * absent.
 */
record ConformanceCase(
    String file,
    int index,
    String note,
    String query,
    List<String> modules,
    JsonNode data,
    JsonNode input,
    String inputTerm,
    JsonNode wantResult,
    String wantErrorCode,
    String wantError,
    boolean strict,
    boolean sortBindings) {

  String key() {
    return file + "#" + index;
  }

  /** The topic: the folder under {@code v1/}. */
  String topic() {
    String[] parts = file.split("/");
    return parts.length >= 2 ? parts[parts.length - 2] : file;
  }
}
