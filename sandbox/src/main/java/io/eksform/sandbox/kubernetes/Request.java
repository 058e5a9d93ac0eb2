package io.eksform.sandbox.kubernetes;

import com.sun.net.httpserver.Headers;

/** What a resource request carries besides its route: method, query, headers and body. */
record Request(String method, QueryParameters query, Headers headers, byte[] body) {

  String header(String name) {
    String value = headers.getFirst(name);
    return value == null ? "" : value;
  }

  /** Whether {@code dryRun=All} asks to validate without storing. */
  boolean dryRun() throws ApiException {
    String value = query.get("dryRun");
    if (value.isEmpty()) {
      return false;
    }
    if (!value.equals("All")) {
      throw ApiException.badRequest("Invalid dry run value: " + value + ": valid values are All");
    }
    return true;
  }
}
