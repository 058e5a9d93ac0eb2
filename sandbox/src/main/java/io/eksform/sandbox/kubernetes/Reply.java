package io.eksform.sandbox.kubernetes;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;

/** An HTTP answer: status code, content type and body bytes. */
record Reply(int code, String contentType, byte[] body) {

  static Reply json(int code, JsonNode body) {
    return new Reply(code, "application/json", Json.bytes(body));
  }

  static Reply text(int code, String body) {
    return new Reply(code, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
  }

  static Reply status(ApiException error) {
    return json(error.code(), error.toStatus());
  }

  void send(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("Cache-Control", "no-cache, private");
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
