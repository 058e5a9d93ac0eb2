package io.eksform.engine.aws;

import io.eksform.engine.problem.UserFacingException;
import java.net.ConnectException;
import java.util.Locale;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Turns failures of AWS calls that a user can fix into {@link UserFacingException}s that say what
 * happened and what to do: missing credentials, a missing IAM permission (naming the action), an
 * unreachable endpoint. Other service errors pass through unchanged.
 */
public final class AwsErrors {
  private AwsErrors() {}

  /** Runs {@code call}, the AWS API action {@code action} (e.g. "eks:DescribeCluster"). */
  public static <T> T call(String action, AwsTarget target, Supplier<T> call) {
    try {
      return call.get();
    } catch (AwsServiceException e) {
      throw translate(action, target, e);
    } catch (SdkClientException e) {
      throw translate(action, target, e);
    }
  }

  static RuntimeException translate(String action, AwsTarget target, AwsServiceException e) {
    String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
    code = code == null ? "" : code;
    if (SIGNATURE_CODES.contains(code)) {
      return new UserFacingException(
          "AWS refused the signature of " + action + " (" + code + "): " + message(e),
          "check AWS_SECRET_ACCESS_KEY (and, against eksform's sandbox, use the keys `eksform"
              + " sandbox serve` prints)",
          1,
          e);
    }
    if (e.statusCode() == 403
        || code.startsWith("AccessDenied")
        || code.equals("UnauthorizedOperation")) {
      return new UserFacingException(
          "AWS denied " + action + " (" + code + "): " + message(e),
          "grant the IAM action " + action + " to the identity eksform runs as",
          1,
          e);
    }
    if (code.equals("ExpiredToken")
        || code.equals("InvalidClientTokenId")
        || code.equals("UnrecognizedClientException")) {
      return new UserFacingException(
          "AWS rejected the credentials (" + code + ") on " + action,
          "refresh them (aws sso login, or new keys) and run again",
          1,
          e);
    }
    return e;
  }

  /** The codes AWS answers a request whose signature it cannot accept with. */
  private static final java.util.Set<String> SIGNATURE_CODES =
      java.util.Set.of(
          "SignatureDoesNotMatch",
          "InvalidSignatureException",
          "IncompleteSignature",
          "IncompleteSignatureException",
          "MissingAuthenticationToken",
          "MissingAuthenticationTokenException");

  /**
   * The user-facing form of an SDK failure that escaped every call site (a timeout, say), if it has
   * one; the command line's failure handler asks before calling anything an internal error.
   */
  public static java.util.Optional<UserFacingException> userFacing(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (isTimeout(t)) {
        return java.util.Optional.of(timeout("a call to AWS", t));
      }
    }
    return java.util.Optional.empty();
  }

  private static boolean isTimeout(Throwable t) {
    return t instanceof software.amazon.awssdk.core.exception.ApiCallTimeoutException
        || t instanceof software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException
        || t instanceof java.net.SocketTimeoutException;
  }

  private static UserFacingException timeout(String what, Throwable e) {
    return new UserFacingException(
        "AWS did not answer " + what + " in time (" + e.getClass().getSimpleName() + ")",
        "AWS or the network is slow: run again later, or check the endpoint (--endpoint-url,"
            + " AWS_ENDPOINT_URL) and the network",
        1,
        e);
  }

  static RuntimeException translate(String action, AwsTarget target, SdkClientException e) {
    if (hasTimeout(e)) {
      return timeout(action, e);
    }
    String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    if (text.contains("unable to load credentials") || text.contains("credentials")) {
      return new UserFacingException(
          "no AWS credentials found for " + action,
          "set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or run `aws configure`;"
              + " to try eksform without an AWS account, add --sandbox",
          1,
          e);
    }
    if (hasCause(e, ConnectException.class) || text.contains("connection refused")) {
      String where = target.endpoint().map(Object::toString).orElse("AWS in " + target.region());
      return new UserFacingException(
          "cannot reach " + where + " for " + action + ": connection refused",
          target.endpoint().isPresent()
              ? "is the endpoint running? check --endpoint-url / AWS_ENDPOINT_URL"
              : "check the network and the region",
          1,
          e);
    }
    return e;
  }

  private static boolean hasTimeout(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (isTimeout(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String message(AwsServiceException e) {
    return e.awsErrorDetails() == null || e.awsErrorDetails().errorMessage() == null
        ? e.getMessage()
        : e.awsErrorDetails().errorMessage();
  }
}
