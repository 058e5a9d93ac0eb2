package io.eksform.sandbox.kubernetes;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The decoded query parameters of a request; a repeated name keeps its first value. */
final class QueryParameters {
  private final Map<String, String> values;

  private QueryParameters(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  static QueryParameters parse(String rawQuery) {
    Map<String, String> values = new LinkedHashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int equals = pair.indexOf('=');
        String name = equals < 0 ? pair : pair.substring(0, equals);
        String value = equals < 0 ? "" : pair.substring(equals + 1);
        values.putIfAbsent(decode(name), decode(value));
      }
    }
    return new QueryParameters(values);
  }

  String get(String name) {
    return values.getOrDefault(name, "");
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
