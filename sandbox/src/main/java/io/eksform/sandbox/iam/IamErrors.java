package io.eksform.sandbox.iam;

import io.eksform.sandbox.http.AwsError;

/** IAM errors with the modeled codes ({@code NoSuchEntity}, not the exception class name). */
final class IamErrors {
  private IamErrors() {}

  static AwsError noSuchEntity(String message) {
    return new AwsError("NoSuchEntity", 404, message);
  }

  static AwsError alreadyExists(String message) {
    return new AwsError("EntityAlreadyExists", 409, message);
  }

  static AwsError invalidInput(String message) {
    return new AwsError("InvalidInput", 400, message);
  }

  static AwsError malformed(String message) {
    return new AwsError("MalformedPolicyDocument", 400, message);
  }

  static AwsError deleteConflict(String message) {
    return new AwsError("DeleteConflict", 409, message);
  }

  static AwsError limitExceeded(String message) {
    return new AwsError("LimitExceeded", 409, message);
  }

  static AwsError validation(String member, String constraint) {
    return new AwsError(
        "ValidationError",
        400,
        "1 validation error detected: Value at '"
            + member
            + "' failed to satisfy constraint: "
            + constraint);
  }
}
