package io.eksform.sandbox.kubernetes;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The EKS token check: {@code k8s-aws-v1.} then the base64url of a presigned STS GetCallerIdentity
 * URL, signed with the sandbox's keys for this cluster ({@code x-k8s-aws-id}) less than 15 minutes
 * ago, as EKS checks it.
 */
final class BearerToken {
  static final String PREFIX = "k8s-aws-v1.";

  private BearerToken() {}

  /** Whether an {@code Authorization} header value carries a well-formed EKS token. */
  static boolean accepted(String authorization, String clusterName) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    String token = authorization.substring(7).trim();
    if (!token.startsWith(PREFIX)) {
      return false;
    }
    String url;
    try {
      url =
          new String(
              Base64.getUrlDecoder().decode(stripPadding(token.substring(PREFIX.length()))),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return isPresignedGetCallerIdentity(url) && signedFor(url, clusterName);
  }

  /** How old (or how far ahead of this clock) a token may be, as EKS allows. */
  static final java.time.Duration VALIDITY = java.time.Duration.ofMinutes(15);

  private static final java.time.format.DateTimeFormatter AMZ_DATE =
      java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
          .withZone(java.time.ZoneOffset.UTC);

  static boolean signedFor(String url, String clusterName) {
    URI uri = URI.create(url);
    QueryParameters query = QueryParameters.parse(uri.getRawQuery());
    try {
      java.time.Instant signed = java.time.Instant.from(AMZ_DATE.parse(query.get("X-Amz-Date")));
      java.time.Instant now = java.time.Instant.now();
      if (signed.isBefore(now.minus(VALIDITY)) || signed.isAfter(now.plus(VALIDITY))) {
        return false;
      }
    } catch (java.time.DateTimeException e) {
      return false;
    }
    java.util.Map<String, java.util.List<String>> headers =
        java.util.Map.of(
            "host", java.util.List.of(uri.getRawAuthority()),
            "x-k8s-aws-id", java.util.List.of(clusterName));
    return io.eksform.sandbox.http.SigV4.checkQuery(
            "GET", uri.getRawPath(), uri.getRawQuery(), headers)
        == io.eksform.sandbox.http.SigV4.Verdict.VALID;
  }

  static boolean isPresignedGetCallerIdentity(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return false;
    }
    if (uri.getScheme() == null
        || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))
        || uri.getHost() == null) {
      return false;
    }
    QueryParameters query = QueryParameters.parse(uri.getRawQuery());
    return query.get("Action").equals("GetCallerIdentity")
        && !query.get("X-Amz-Credential").isEmpty()
        && !query.get("X-Amz-Signature").isEmpty();
  }

  private static String stripPadding(String text) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '=') {
      end--;
    }
    return text.substring(0, end);
  }
}
