package io.eksform.engine.ledger;

import io.eksform.engine.config.JsonPointers;

/** Ledger patterns and config pointers written as people read them. */
final class FieldPaths {
  static final String ITEM = "[]";
  static final String VALUE = "{}";

  private FieldPaths() {}

  /** {@code /managedNodeGroups/[]/labels/{}} as {@code managedNodeGroups[].labels{}}. */
  static String dotted(String pattern) {
    StringBuilder out = new StringBuilder();
    for (String token : JsonPointers.tokens(pattern)) {
      if (token.equals(ITEM) || token.equals(VALUE)) {
        out.append(token);
      } else {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(token);
      }
    }
    return out.toString();
  }
}
