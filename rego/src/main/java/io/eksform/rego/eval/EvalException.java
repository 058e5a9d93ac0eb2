package io.eksform.rego.eval;

import io.eksform.rego.ast.Location;

/**
 * An evaluation error with OPA's code ({@code eval_type_error}, {@code eval_builtin_error}, {@code
 * eval_conflict_error}, ...). Its text is {@code file:row: code: message} when the location is
 * known.
 */
public final class EvalException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String code;
  private final String detail;
  private final transient Location location;

  public EvalException(String code, String detail, Location location) {
    super(format(code, detail, location), null, false, false);
    this.code = code;
    this.detail = detail;
    this.location = location;
  }

  private static String format(String code, String detail, Location location) {
    if (location == null || location.row() == 0) {
      return code + ": " + detail;
    }
    return location.file() + ":" + location.row() + ": " + code + ": " + detail;
  }

  public String code() {
    return code;
  }

  public String detail() {
    return detail;
  }

  public Location location() {
    return location;
  }

  static EvalException conflict(String detail, Location at) {
    return new EvalException("eval_conflict_error", detail, at);
  }
}
