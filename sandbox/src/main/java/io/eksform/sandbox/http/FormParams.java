package io.eksform.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of an AWS query or EC2 query call, with the list conventions of both protocols:
 * {@code Name.N} (EC2) and {@code Name.member.N} (IAM, STS), and a bare key meaning an empty list.
 */
public final class FormParams {
  private final Map<String, String> values;

  private FormParams(Map<String, String> values) {
    this.values = values;
  }

  /** Parses an {@code application/x-www-form-urlencoded} body (or query string). */
  public static FormParams parse(String encoded) {
    Map<String, String> values = new LinkedHashMap<>();
    if (encoded != null && !encoded.isEmpty()) {
      for (String pair : encoded.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String key = Percent.decode(eq < 0 ? pair : pair.substring(0, eq), true);
        String value = eq < 0 ? "" : Percent.decode(pair.substring(eq + 1), true);
        values.put(key, value);
      }
    }
    return new FormParams(values);
  }

  /** Parses a body given as bytes. */
  public static FormParams parse(byte[] body) {
    return parse(new String(body, StandardCharsets.UTF_8));
  }

  /** The value of a scalar parameter, if present. */
  public Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** The value of a scalar parameter, or {@code fallback}. */
  public String get(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  /** Whether the parameter (or a list under it) was sent at all. */
  public boolean has(String name) {
    if (values.containsKey(name)) {
      return true;
    }
    String prefix = name + ".";
    return values.keySet().stream().anyMatch(k -> k.startsWith(prefix));
  }

  /** A flattened EC2 list: {@code Name.1}, {@code Name.2}, ... */
  public List<String> list(String name) {
    List<String> out = new ArrayList<>();
    for (int i = 1; values.containsKey(name + "." + i); i++) {
      out.add(values.get(name + "." + i));
    }
    return out;
  }

  /**
   * A wrapped AWS query list: {@code Name.member.1}, ...; a bare {@code Name=} is an empty list.
   */
  public List<String> members(String name) {
    return list(name + ".member");
  }

  /**
   * The number of entries of a structured list such as {@code Filter.N.Name} or {@code
   * Tags.member.N.Key}.
   */
  public int count(String prefix, String firstField) {
    int n = 0;
    while (values.containsKey(prefix + "." + (n + 1) + "." + firstField)) {
      n++;
    }
    return n;
  }

  /**
   * Every parameter under {@code prefix.}, keyed by the rest of its name ({@code
   * LaunchTemplateData.ImageId} under {@code LaunchTemplateData} is {@code ImageId}), in request
   * order.
   */
  public Map<String, String> under(String prefix) {
    Map<String, String> out = new LinkedHashMap<>();
    String start = prefix + ".";
    values.forEach(
        (k, v) -> {
          if (k.startsWith(start)) {
            out.put(k.substring(start.length()), v);
          }
        });
    return out;
  }

  /**
   * Key/value pairs such as {@code Tags.member.N.Key/Value} or {@code TagSpecification.1.Tag.N}.
   */
  public Map<String, String> pairs(String prefix, String keyField, String valueField) {
    Map<String, String> out = new LinkedHashMap<>();
    int n = count(prefix, keyField);
    for (int i = 1; i <= n; i++) {
      out.put(
          values.get(prefix + "." + i + "." + keyField),
          values.getOrDefault(prefix + "." + i + "." + valueField, ""));
    }
    return out;
  }
}
