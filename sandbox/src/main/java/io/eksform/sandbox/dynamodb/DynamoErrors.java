package io.eksform.sandbox.dynamodb;

import io.eksform.sandbox.http.AwsError;
import java.util.Map;

/** The DynamoDB errors with AWS's codes, HTTP statuses and message texts. */
final class DynamoErrors {
  /** The error member that carries the item a failed condition saw, as JSON text. */
  static final String ITEM_FIELD = "Item";

  private DynamoErrors() {}

  static AwsError validation(String message) {
    return new AwsError("ValidationException", 400, message);
  }

  static AwsError invalidParameter(String detail) {
    return validation("One or more parameter values were invalid: " + detail);
  }

  static AwsError required(String member) {
    return validation(
        "1 validation error detected: Value null at '"
            + member
            + "' failed to satisfy constraint: Member must not be null");
  }

  static AwsError serialization(String message) {
    return new AwsError("SerializationException", 400, message);
  }

  static AwsError tableNotFound() {
    return new AwsError("ResourceNotFoundException", 400, "Requested resource not found");
  }

  static AwsError tableNotFound(String table) {
    return new AwsError(
        "ResourceNotFoundException",
        400,
        "Requested resource not found: Table: " + table + " not found");
  }

  static AwsError tableExists(String table) {
    return new AwsError("ResourceInUseException", 400, "Table already exists: " + table);
  }

  /** A failed condition; {@code itemJson} is the current item when the caller asked for it. */
  static AwsError conditionFailed(String itemJson) {
    return new AwsError(
        "ConditionalCheckFailedException",
        400,
        "The conditional request failed",
        itemJson == null ? Map.of() : Map.of(ITEM_FIELD, itemJson));
  }

  /** The namespace DynamoDB puts before an error code in {@code __type}. */
  static String namespace(String code) {
    return switch (code) {
      case "ValidationException" -> "com.amazon.coral.validate#";
      case "SerializationException", "UnknownOperationException" -> "com.amazon.coral.service#";
      default -> "com.amazonaws.dynamodb.v20120810#";
    };
  }
}
