package io.eksform.sandbox.iam;

import java.util.List;
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

  /** A permissions policy (managed or inline) must not name a principal; a trust policy must. */
  static String checkPermissions(String document) {
    check(document);
    JsonNode statements = JSON.readTree(document).get("Statement");
    for (JsonNode statement : statements.isArray() ? statements : List.of(statements)) {
      if (statement.has("Principal") || statement.has("NotPrincipal")) {
        throw IamErrors.malformed("Policy document should not specify a principal.");
      }
    }
    return document;
  }
}
