package io.eksform.sandbox.http;

/**
 * The error each AWS service answers for a request that is unsigned, signed with an unknown key, or
 * whose signature does not match, in that service's words.
 */
final class SignatureErrors {
  private static final String MISMATCH =
      "The request signature we calculated does not match the signature you provided. Check your"
          + " AWS Secret Access Key and signing method. Consult the service documentation for"
          + " details.";

  private SignatureErrors() {}

  static AwsError of(String service, SigV4.Verdict verdict) {
    boolean query = service.equals("iam") || service.equals("sts");
    if (service.equals("ec2")) {
      return verdict == SigV4.Verdict.MISSING
          ? new AwsError(
              "MissingAuthenticationToken", 401, "Request is missing Authentication Token")
          : new AwsError(
              "AuthFailure", 401, "AWS was not able to validate the provided access credentials");
    }
    return switch (verdict) {
      case MISSING ->
          query
              ? new AwsError(
                  "MissingAuthenticationToken", 403, "Request is missing Authentication Token")
              : new AwsError(
                  "MissingAuthenticationTokenException", 403, "Missing Authentication Token");
      case UNKNOWN_KEY ->
          query
              ? new AwsError(
                  "InvalidClientTokenId",
                  403,
                  "The security token included in the request is invalid.")
              : new AwsError(
                  "UnrecognizedClientException",
                  403,
                  "The security token included in the request is invalid.");
      case MALFORMED ->
          new AwsError(
              query ? "IncompleteSignature" : "IncompleteSignatureException",
              400,
              "Authorization header requires Credential, SignedHeaders and Signature, and the"
                  + " request an X-Amz-Date.");
      default ->
          new AwsError(
              query ? "SignatureDoesNotMatch" : "InvalidSignatureException", 403, MISMATCH);
    };
  }
}
