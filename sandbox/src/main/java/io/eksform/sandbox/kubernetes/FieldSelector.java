package io.eksform.sandbox.kubernetes;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A parsed {@code fieldSelector}: comma-separated {@code field=value}, {@code field==value} or
 * {@code field!=value} over the fields Kubernetes indexes for these kinds.
 */
final class FieldSelector {
  /** One term: the field's JSON path, whether it must equal or differ, and the value. */
  private record Term(String field, boolean equal, String value) {
    boolean matches(JsonNode object) {
      JsonNode node = object;
      for (String step : field.split("\\.")) {
        node = node.path(step);
      }
      String actual = node.isString() ? node.stringValue() : "";
      return equal == actual.equals(value);
    }
  }

  private final List<Term> terms;

  private FieldSelector(List<Term> terms) {
    this.terms = List.copyOf(terms);
  }

  static FieldSelector parse(Kind kind, String text) throws ApiException {
    List<Term> terms = new ArrayList<>();
    if (text.isBlank()) {
      return new FieldSelector(terms);
    }
    for (String part : text.split(",", -1)) {
      int at = part.indexOf("!=");
      boolean equal = at < 0;
      int width = 2;
      if (equal) {
        at = part.indexOf("==");
        if (at < 0) {
          at = part.indexOf('=');
          width = 1;
        }
      }
      if (at <= 0) {
        throw ApiException.badRequest(
            "invalid field selector: '"
                + part
                + "': expected field=value, field==value or field!=value");
      }
      String field = part.substring(0, at).trim();
      if (!supported(kind, field)) {
        throw ApiException.badRequest("field label not supported: " + field);
      }
      terms.add(new Term(field, equal, part.substring(at + width).trim()));
    }
    return new FieldSelector(terms);
  }

  boolean matches(JsonNode object) {
    for (Term term : terms) {
      if (!term.matches(object)) {
        return false;
      }
    }
    return true;
  }

  private static boolean supported(Kind kind, String field) {
    return field.equals("metadata.name")
        || field.equals("metadata.namespace")
        || ((kind == Kind.NAMESPACE || kind == Kind.POD) && field.equals("status.phase"))
        || (kind == Kind.POD
            && (field.equals("spec.nodeName") || field.equals("spec.serviceAccountName")));
  }
}
