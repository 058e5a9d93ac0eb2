package io.eksform.sandbox.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A modeled AWS error: the code clients match on, the HTTP status, the message and extra members.
 */
public final class AwsError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final int status;
  private final Map<String, String> fields;

  /** Creates an error with the code, HTTP status and message AWS uses. */
  public AwsError(String code, int status, String message) {
    this(code, status, message, Map.of());
  }

  /** Creates an error that also carries modeled members (such as {@code clusterName}). */
  public AwsError(String code, int status, String message, Map<String, String> fields) {
    super(message, null, false, false);
    this.code = code;
    this.status = status;
    this.fields = Map.copyOf(new LinkedHashMap<>(fields));
  }

  /** The modeled error code, e.g. {@code ResourceNotFoundException} or {@code NoSuchEntity}. */
  public String code() {
    return code;
  }

  /** The HTTP status code. */
  public int status() {
    return status;
  }

  /** Extra modeled members rendered beside the message (rest-json only). */
  public Map<String, String> fields() {
    return fields;
  }
}
