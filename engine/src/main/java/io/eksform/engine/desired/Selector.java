package io.eksform.engine.desired;

import java.util.Map;
import java.util.TreeMap;

/** A Fargate profile selector: pods of {@code namespace} carrying every label of {@code labels}. */
public record Selector(String namespace, Map<String, String> labels) {
  public Selector {
    labels = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(labels));
  }

  /**
   * True when the selector's namespace matches {@code name}, with EKS's wildcards: {@code *} for
   * any run of characters (the empty one too), {@code ?} for exactly one.
   */
  public boolean selectsNamespace(String name) {
    return matches(namespace, 0, name, 0);
  }

  private static boolean matches(String pattern, int p, String text, int t) {
    if (p == pattern.length()) {
      return t == text.length();
    }
    char c = pattern.charAt(p);
    if (c == '*') {
      for (int rest = t; rest <= text.length(); rest++) {
        if (matches(pattern, p + 1, text, rest)) {
          return true;
        }
      }
      return false;
    }
    return t < text.length()
        && (c == '?' || c == text.charAt(t))
        && matches(pattern, p + 1, text, t + 1);
  }
}
