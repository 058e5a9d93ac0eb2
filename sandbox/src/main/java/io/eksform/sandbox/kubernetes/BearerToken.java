package io.eksform.sandbox.kubernetes;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The EKS token check: {@code k8s-aws-v1.} then the base64url of a presigned STS GetCallerIdentity
 * URL. The signature is not verified, as nowhere in the sandbox is.
 */
final class BearerToken {
  static final String PREFIX = "k8s-aws-v1.";

  private BearerToken() {}

  /** Whether an {@code Authorization} header value carries a well-formed EKS token. */
  static boolean accepted(String authorization) {
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
    return isPresignedGetCallerIdentity(url);
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
