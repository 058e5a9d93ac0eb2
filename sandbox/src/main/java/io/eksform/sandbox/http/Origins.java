package io.eksform.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may talk to the sandbox: requests addressed to it by an IP address or {@code localhost}, and
 * not sent by a web page of another site. A DNS name that resolves to 127.0.0.1 (DNS rebinding) and
 * a page's cross-site form post are refused before anything is read.
 */
public final class Origins {
  private Origins() {}

  /** Why the request must be refused, when it must. */
  public static Optional<String> refusal(HttpExchange exchange) {
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (host == null || !isLocalName(hostPart(host))) {
      return Optional.of(
          "the sandbox answers requests addressed to an IP address or localhost, not to "
              + (host == null ? "no Host" : "Host " + host));
    }
    String origin = exchange.getRequestHeaders().getFirst("Origin");
    if (origin != null) {
      String originHost = null;
      try {
        URI uri = new URI(origin.trim());
        originHost = uri.getHost();
      } catch (java.net.URISyntaxException e) {
        // refused below
      }
      if (originHost == null || !isLocalName(originHost)) {
        return Optional.of(
            "the sandbox does not answer web pages of other sites (Origin " + origin + ")");
      }
    }
    return Optional.empty();
  }

  /** {@code handler}, behind the same check. */
  public static HttpHandler guard(HttpHandler handler) {
    return exchange -> {
      Optional<String> refused = refusal(exchange);
      if (refused.isEmpty()) {
        handler.handle(exchange);
        return;
      }
      try (exchange) {
        byte[] body = refused.get().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(403, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      } catch (IOException e) {
        // the client is gone
      }
    };
  }

  private static String hostPart(String hostHeader) {
    String h = hostHeader.trim();
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end < 0 ? h : h.substring(0, end + 1);
    }
    int colon = h.lastIndexOf(':');
    return colon < 0 ? h : h.substring(0, colon);
  }

  /** An IP literal cannot be rebound to another address; {@code localhost} is the machine. */
  static boolean isLocalName(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost") || h.endsWith(".localhost")) {
      return true;
    }
    if (h.startsWith("[") && h.endsWith("]")) {
      return h.length() > 2
          && h.substring(1, h.length() - 1)
              .chars()
              .allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0);
    }
    if (h.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
      return true;
    }
    return h.contains(":")
        && h.chars().allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0);
  }
}
