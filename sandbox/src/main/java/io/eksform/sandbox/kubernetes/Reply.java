package io.eksform.sandbox.kubernetes;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** An HTTP answer: status code, content type, body bytes and warnings. */
record Reply(int code, String contentType, byte[] body, List<String> warnings) {

  Reply {
    warnings = List.copyOf(warnings);
  }

  static Reply json(int code, JsonNode body) {
    return new Reply(code, "application/json", Json.bytes(body), List.of());
  }

  static Reply text(int code, String body) {
    return new Reply(
        code, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8), List.of());
  }

  /** This reply with HTTP {@code Warning} headers, as Kubernetes sends for dropped fields. */
  Reply withWarnings(List<String> messages) {
    return new Reply(code, contentType, body, messages);
  }

  static Reply status(ApiException error) {
    return json(error.code(), error.toStatus());
  }

  void send(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("Cache-Control", "no-cache, private");
    for (String warning : warnings) {
      exchange
          .getResponseHeaders()
          .add("Warning", "299 - \"" + warning.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    }
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(code, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }
}
