package io.eksform.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One parsed AWS call: method, raw path split into percent-decoded segments, query parameters, the
 * body, and the signing service and region from the SigV4 credential scope.
 */
public final class SandboxRequest {
  private final String method;
  private final List<String> segments;
  private final Map<String, List<String>> query;
  private final Map<String, String> headers;
  private final byte[] body;
  private final String service;
  private final String region;
  private final String requestId;
  private FormParams form;

  /** Creates a request from its raw parts; header names are lower-cased. */
  public SandboxRequest(
      String method,
      String rawPath,
      String rawQuery,
      Map<String, String> headers,
      byte[] body,
      String requestId) {
    this.method = method;
    this.segments = splitPath(rawPath);
    this.query = parseQuery(rawQuery);
    this.headers = Map.copyOf(headers);
    this.body = body;
    this.requestId = requestId;
    String[] scope = credentialScope(headers.getOrDefault("authorization", ""));
    this.region = scope[0];
    this.service = scope[1];
  }

  private static List<String> splitPath(String rawPath) {
    List<String> out = new ArrayList<>();
    for (String part : rawPath.split("/")) {
      if (!part.isEmpty()) {
        out.add(Percent.decode(part, false));
      }
    }
    return List.copyOf(out);
  }

  private static Map<String, List<String>> parseQuery(String rawQuery) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String key = Percent.decode(eq < 0 ? pair : pair.substring(0, eq), true);
      String value = eq < 0 ? "" : Percent.decode(pair.substring(eq + 1), true);
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  /** Returns {region, service} from {@code Credential=AKID/date/region/service/aws4_request}. */
  private static String[] credentialScope(String authorization) {
    int at = authorization.indexOf("Credential=");
    if (at < 0) {
      return new String[] {"", ""};
    }
    int end = authorization.indexOf(',', at);
    String credential = authorization.substring(at + 11, end < 0 ? authorization.length() : end);
    String[] parts = credential.trim().split("/");
    if (parts.length < 5) {
      return new String[] {"", ""};
    }
    return new String[] {parts[2], parts[3]};
  }

  /** The HTTP method. */
  public String method() {
    return method;
  }

  /** The path segments, each percent-decoded on its own (so {@code %2F} stays inside a segment). */
  public List<String> segments() {
    return segments;
  }

  /** The first value of a query parameter, or null when absent. */
  public String queryParam(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Every value of a repeated query parameter. */
  public List<String> queryParams(String name) {
    return List.copyOf(query.getOrDefault(name, List.of()));
  }

  /** A header by lower-case name, or null. */
  public String header(String lowerCaseName) {
    return headers.get(lowerCaseName);
  }

  /** The raw body. */
  public byte[] body() {
    return body.clone();
  }

  /** The body as UTF-8 text. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The form parameters of a query-protocol call (parsed once, on first use). */
  public synchronized FormParams form() {
    if (form == null) {
      form = FormParams.parse(body);
    }
    return form;
  }

  /** The signing service from the credential scope ({@code eks}, {@code ec2}, ...), or empty. */
  public String service() {
    return service;
  }

  /**
   * The region from the credential scope; {@code us-east-1} when unsigned or {@code aws-global}.
   */
  public String region() {
    return region.isEmpty() || region.equals("aws-global") ? "us-east-1" : region;
  }

  /** The request id the sandbox assigned to this call. */
  public String requestId() {
    return requestId;
  }

  /** The SDK attempt number from {@code amz-sdk-request: attempt=N; max=M}, 1 when absent. */
  public int attempt() {
    String header = headers.getOrDefault("amz-sdk-request", "");
    int at = header.indexOf("attempt=");
    if (at < 0) {
      return 1;
    }
    int end = header.indexOf(';', at);
    try {
      return Integer.parseInt(header.substring(at + 8, end < 0 ? header.length() : end).trim());
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
