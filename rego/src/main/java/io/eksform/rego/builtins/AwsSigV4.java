package io.eksform.rego.builtins;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 over a request's method, URL parts, headers and body, as OPA's
 * providers.aws.sign_req computes it: the headers to add and the Authorization value.
 */
record AwsSigV4(
    String accessKey,
    String secretKey,
    String sessionToken,
    String region,
    String service,
    boolean signPayload) {

  /** The headers AWS wants added ({@code host}, {@code x-amz-*}) and the Authorization value. */
  record Signed(Map<String, String> awsHeaders, String authorization) {}

  // proxies may rewrite these on the way, so signing them would break the signature
  private static final Set<String> IGNORED =
      Set.of("authorization", "user-agent", "x-amzn-trace-id");

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /** Signs a request; {@code headers} are the request's own, in their own case. */
  Signed sign(
      String method,
      String host,
      String escapedPath,
      String rawQuery,
      Map<String, String> headers,
      byte[] body,
      Instant time) {
    String payloadHash = signPayload ? hex(sha256(body)) : "UNSIGNED-PAYLOAD";
    String day = DAY.format(time);
    String stamp = STAMP.format(time);

    Map<String, String> aws = new LinkedHashMap<>();
    aws.put("host", host);
    aws.put("x-amz-date", stamp);
    // only S3 and Glacier want the payload hash as a header
    if (service.equals("s3") || service.equals("glacier")) {
      aws.put("x-amz-content-sha256", payloadHash);
    }
    if (!sessionToken.isEmpty()) {
      aws.put("x-amz-security-token", sessionToken);
    }

    TreeMap<String, String> toSign = new TreeMap<>(aws);
    headers.forEach(
        (k, v) -> {
          String lower = k.toLowerCase(java.util.Locale.ROOT);
          if (!IGNORED.contains(lower)) {
            toSign.put(lower, v);
          }
        });

    StringBuilder canonical = new StringBuilder();
    canonical.append(method).append('\n').append(escapedPath).append('\n');
    canonical.append(rawQuery).append('\n');
    toSign.forEach((k, v) -> canonical.append(k).append(':').append(v).append('\n'));
    canonical.append('\n');
    String signedHeaders = String.join(";", toSign.keySet());
    canonical.append(signedHeaders).append('\n').append(payloadHash);

    String scope = day + "/" + region + "/" + service + "/aws4_request";
    String toSignText =
        "AWS4-HMAC-SHA256\n"
            + stamp
            + "\n"
            + scope
            + "\n"
            + hex(sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)));

    byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), day);
    key = hmac(key, region);
    key = hmac(key, service);
    key = hmac(key, "aws4_request");
    String signature = hex(hmac(key, toSignText));

    String authorization =
        "AWS4-HMAC-SHA256 Credential="
            + accessKey
            + "/"
            + scope
            + ",SignedHeaders="
            + signedHeaders
            + ",Signature="
            + signature;
    return new Signed(aws, authorization);
  }

  private static byte[] sha256(byte[] in) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(in);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }

  private static byte[] hmac(byte[] key, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      // SecretKeySpec refuses an empty key; for HMAC one zero byte is the same key
      mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA256"));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK always has HmacSHA256", e);
    }
  }

  private static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }
}
