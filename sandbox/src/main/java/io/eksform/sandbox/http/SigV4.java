package io.eksform.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks AWS Signature Version 4 as AWS does: the canonical request (method, path encoded once
 * more, sorted query, the signed headers, the payload hash), the string to sign over its scope, and
 * the signature derived from the secret of the access key, in the {@code Authorization} header or
 * in the query of a presigned URL.
 */
public final class SigV4 {
  static final String ALGORITHM = "AWS4-HMAC-SHA256";
  static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
  private static final String EMPTY_HASH = hex(sha256(new byte[0]));

  /** How a request's signature turned out. */
  public enum Verdict {
    VALID,
    MISSING,
    UNKNOWN_KEY,
    MALFORMED,
    MISMATCH
  }

  private SigV4() {}

  /**
   * The verdict on a request signed in its {@code Authorization} header; {@code headers} by
   * lower-case name, each with all its values.
   */
  public static Verdict checkHeader(
      String method,
      String rawPath,
      String rawQuery,
      Map<String, List<String>> headers,
      byte[] body) {
    String authorization = first(headers, "authorization");
    if (authorization == null || authorization.isBlank()) {
      return rawQuery != null && rawQuery.contains("X-Amz-Signature=")
          ? checkQuery(method, rawPath, rawQuery, headers)
          : Verdict.MISSING;
    }
    if (!authorization.startsWith(ALGORITHM + " ")) {
      return Verdict.MALFORMED;
    }
    Map<String, String> parts = new TreeMap<>();
    for (String part : authorization.substring(ALGORITHM.length() + 1).split(",")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        parts.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
      }
    }
    String credential = parts.get("Credential");
    String signedHeaders = parts.get("SignedHeaders");
    String signature = parts.get("Signature");
    String date = first(headers, "x-amz-date");
    if (credential == null || signedHeaders == null || signature == null || date == null) {
      return Verdict.MALFORMED;
    }
    String payload = first(headers, "x-amz-content-sha256");
    List<String> payloads = List.of(payload != null ? payload : hex(sha256(body)));
    return verify(
        method,
        rawPath,
        canonicalQuery(rawQuery, false),
        headers,
        credential,
        signedHeaders,
        date,
        signature,
        payloads);
  }

  /** The verdict on a presigned request: its signature and scope are query parameters. */
  public static Verdict checkQuery(
      String method, String rawPath, String rawQuery, Map<String, List<String>> headers) {
    Map<String, String> query = new TreeMap<>();
    for (String pair : rawQuery == null ? new String[0] : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      query.put(
          Percent.decode(eq < 0 ? pair : pair.substring(0, eq), true),
          eq < 0 ? "" : Percent.decode(pair.substring(eq + 1), true));
    }
    String signature = query.get("X-Amz-Signature");
    if (signature == null) {
      return Verdict.MISSING;
    }
    if (!ALGORITHM.equals(query.get("X-Amz-Algorithm"))
        || query.get("X-Amz-Credential") == null
        || query.get("X-Amz-SignedHeaders") == null
        || query.get("X-Amz-Date") == null) {
      return Verdict.MALFORMED;
    }
    // SDKs presign with either marker of the payload; both need the secret.
    return verify(
        method,
        rawPath,
        canonicalQuery(rawQuery, true),
        headers,
        query.get("X-Amz-Credential"),
        query.get("X-Amz-SignedHeaders"),
        query.get("X-Amz-Date"),
        signature,
        List.of(UNSIGNED_PAYLOAD, EMPTY_HASH));
  }

  private static Verdict verify(
      String method,
      String rawPath,
      String canonicalQuery,
      Map<String, List<String>> headers,
      String credential,
      String signedHeaders,
      String date,
      String signature,
      List<String> payloads) {
    String[] scope = credential.split("/", 2);
    if (scope.length < 2 || scope[1].split("/").length != 4) {
      return Verdict.MALFORMED;
    }
    Optional<String> secret = SandboxKeys.secretOf(scope[0]);
    if (secret.isEmpty()) {
      return Verdict.UNKNOWN_KEY;
    }
    String[] s = scope[1].split("/");
    StringBuilder canonicalHeaders = new StringBuilder();
    for (String name : signedHeaders.split(";")) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      if (values == null) {
        return Verdict.MISMATCH;
      }
      List<String> trimmed = new ArrayList<>();
      values.forEach(v -> trimmed.add(v.trim().replaceAll(" +", " ")));
      canonicalHeaders.append(name).append(':').append(String.join(",", trimmed)).append('\n');
    }
    byte[] key = signingKey(secret.get(), s[0], s[1], s[2]);
    for (String payload : payloads) {
      String canonical =
          method
              + "\n"
              + canonicalPath(rawPath)
              + "\n"
              + canonicalQuery
              + "\n"
              + canonicalHeaders
              + "\n"
              + signedHeaders
              + "\n"
              + payload;
      String toSign =
          ALGORITHM
              + "\n"
              + date
              + "\n"
              + scope[1]
              + "\n"
              + hex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
      String expected = hex(hmac(key, toSign));
      if (MessageDigest.isEqual(
          expected.getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8))) {
        return Verdict.VALID;
      }
    }
    return Verdict.MISMATCH;
  }

  /** The path as signers encode it: each segment, already percent-encoded, encoded once more. */
  static String canonicalPath(String rawPath) {
    if (rawPath == null || rawPath.isEmpty()) {
      return "/";
    }
    StringBuilder out = new StringBuilder();
    String[] segments = rawPath.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      if (i > 0) {
        out.append('/');
      }
      out.append(Percent.encode(segments[i]));
    }
    return out.toString();
  }

  private static String canonicalQuery(String rawQuery, boolean presigned) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String[]> pairs = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = Percent.decode(eq < 0 ? pair : pair.substring(0, eq), false);
      String value = eq < 0 ? "" : Percent.decode(pair.substring(eq + 1), false);
      if (presigned && name.equals("X-Amz-Signature")) {
        continue;
      }
      pairs.add(new String[] {Percent.encode(name), Percent.encode(value)});
    }
    pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
    List<String> joined = new ArrayList<>();
    pairs.forEach(p -> joined.add(p[0] + "=" + p[1]));
    return String.join("&", joined);
  }

  private static byte[] signingKey(String secret, String date, String region, String service) {
    byte[] k = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
    k = hmac(k, region);
    k = hmac(k, service);
    return hmac(k, "aws4_request");
  }

  private static String first(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
