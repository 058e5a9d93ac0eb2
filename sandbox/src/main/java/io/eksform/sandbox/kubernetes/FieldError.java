package io.eksform.sandbox.kubernetes;

/** One validation failure on one field, worded as Kubernetes' field errors are. */
record FieldError(String field, String type, String value, String detail) {

  static FieldError invalid(String field, String value, String detail) {
    return new FieldError(field, "Invalid value", value, detail);
  }

  static FieldError required(String field, String detail) {
    return new FieldError(field, "Required value", "", detail);
  }

  private String reasonCode() {
    switch (type) {
      case "Required value":
        return "FieldValueRequired";
      case "Too long":
        return "FieldValueTooLong";
      default:
        return "FieldValueInvalid";
    }
  }

  private String body() {
    if (type.equals("Invalid value")) {
      return type + ": " + quote(value) + ": " + detail;
    }
    return detail.isEmpty() ? type : type + ": " + detail;
  }

  ApiException.Cause cause() {
    return new ApiException.Cause(reasonCode(), body(), field);
  }

  @Override
  public String toString() {
    return field + ": " + body();
  }

  private static String quote(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
