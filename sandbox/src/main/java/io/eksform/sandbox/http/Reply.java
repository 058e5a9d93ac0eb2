package io.eksform.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One HTTP response: status, content type, body and extra headers. */
public record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {

  /** Normalizes the headers to an immutable copy. */
  public Reply {
    headers = Map.copyOf(headers);
  }

  /** A 200 JSON reply. */
  public static Reply json(String body) {
    return new Reply(200, "application/json", body.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  /** A 200 XML reply. */
  public static Reply xml(String body) {
    return new Reply(200, "text/xml", body.getBytes(StandardCharsets.UTF_8), Map.of());
  }
}
