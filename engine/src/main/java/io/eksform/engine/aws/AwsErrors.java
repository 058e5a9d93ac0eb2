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

  static RuntimeException translate(String action, AwsTarget target, SdkClientException e) {
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
