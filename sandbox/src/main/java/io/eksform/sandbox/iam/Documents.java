package io.eksform.sandbox.iam;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Checks that policy documents are JSON objects with a Statement, as IAM does. */
final class Documents {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Documents() {}

  static String check(String document) {
    if (document == null || document.isBlank()) {
      throw IamErrors.malformed("This policy contains invalid Json");
    }
    JsonNode node;
    try {
      node = JSON.readTree(document);
    } catch (JacksonException e) {
      throw IamErrors.malformed("This policy contains invalid Json");
    }
    if (!node.isObject() || !node.has("Statement")) {
      throw IamErrors.malformed("Syntax errors in policy.");
    }
    return document;
  }
}
