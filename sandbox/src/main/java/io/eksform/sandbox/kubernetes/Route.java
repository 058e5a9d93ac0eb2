package io.eksform.sandbox.kubernetes;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request path under {@code /api/v1} resolved to a kind, a namespace ("" for cluster scope or all
 * namespaces) and a name ("" for the collection).
 */
record Route(Kind kind, String namespace, String name) {

  boolean collection() {
    return name.isEmpty();
  }

  /**
   * Resolves {@code /api/v1/...}; empty when the path names no resource this server serves, which
   * the caller answers with Kubernetes' 404 for unknown resources.
   */
  static Optional<Route> parse(List<String> segments) {
    if (segments.size() < 3 || !segments.get(0).equals("api") || !segments.get(1).equals("v1")) {
      return Optional.empty();
    }
    List<String> rest = segments.subList(2, segments.size());
    if (rest.get(0).equals("namespaces") && rest.size() >= 3) {
      String namespace = rest.get(1);
      Optional<Kind> kind = Kind.fromResource(rest.get(2)).filter(Kind::namespaced);
      if (kind.isEmpty() || rest.size() > 4) {
        return Optional.empty();
      }
      return Optional.of(new Route(kind.get(), namespace, rest.size() == 4 ? rest.get(3) : ""));
    }
    Optional<Kind> kind = Kind.fromResource(rest.get(0));
    if (kind.isEmpty() || rest.size() > 2) {
      return Optional.empty();
    }
    if (rest.size() == 2 && kind.get().namespaced()) {
      return Optional.empty();
    }
    return Optional.of(new Route(kind.get(), "", rest.size() == 2 ? rest.get(1) : ""));
  }

  /** Splits a raw path into decoded segments, dropping empty ones. */
  static List<String> segments(String rawPath) {
    List<String> segments = new ArrayList<>();
    for (String part : rawPath.split("/")) {
      if (!part.isEmpty()) {
        segments.add(URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8));
      }
    }
    return segments;
  }
}
