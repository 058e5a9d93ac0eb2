package io.eksform.sandbox.eks;

import io.eksform.sandbox.http.AwsError;
import java.util.LinkedHashMap;
import java.util.Map;

/** The EKS errors with AWS's codes, HTTP statuses and message texts. */
final class EksErrors {
  private EksErrors() {}

  static AwsError invalidParameter(String message, String... fields) {
    return new AwsError("InvalidParameterException", 400, message, fields(fields));
  }

  static AwsError invalidRequest(String message, String... fields) {
    return new AwsError("InvalidRequestException", 400, message, fields(fields));
  }

  static AwsError inUse(String message, String... fields) {
    return new AwsError("ResourceInUseException", 409, message, fields(fields));
  }

  static AwsError limitExceeded(String message, String... fields) {
    return new AwsError("ResourceLimitExceededException", 400, message, fields(fields));
  }

  static AwsError notFound(String message, String... fields) {
    return new AwsError("ResourceNotFoundException", 404, message, fields(fields));
  }

  static AwsError clusterNotFound(String cluster) {
    return notFound("No cluster found for name: " + cluster + ".", "clusterName", cluster);
  }

  static AwsError clusterNotActive(String cluster) {
    return invalidRequest(
        "Cluster '" + cluster + "' is not in ACTIVE status", "clusterName", cluster);
  }

  static AwsError required(String member) {
    return invalidParameter(
        "1 validation error detected: Value null at '"
            + member
            + "' failed to satisfy constraint: Member must not be null");
  }

  private static Map<String, String> fields(String... pairs) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      out.put(pairs[i], pairs[i + 1]);
    }
    return out;
  }
}
