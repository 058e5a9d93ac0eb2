package io.eksform.rego.compile;

import io.eksform.rego.ast.Location;

/**
 * A policy that cannot be compiled, with OPA's error code ({@code rego_type_error}, {@code
 * rego_unsafe_var_error}, {@code rego_recursion_error}, {@code rego_compile_error}).
 */
public final class RegoCompileException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String code;
  private final transient Location location;

  public RegoCompileException(String code, Location location, String message) {
    super(format(code, location, message));
    this.code = code;
    this.location = location;
  }

  private static String format(String code, Location location, String message) {
    if (location == null || location.row() == 0) {
      return code + ": " + message;
    }
    return location.file() + ":" + location.row() + ": " + code + ": " + message;
  }

  public String code() {
    return code;
  }

  public Location location() {
    return location;
  }
}
