package io.eksform.rego.parse;

import io.eksform.rego.ast.Location;

/** A syntax error, reported as OPA does: {@code file:row:col: rego_parse_error: message}. */
public final class RegoParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Location location;
  private final String detail;
  private final String hint;

  public RegoParseException(Location location, String detail) {
    this(location, detail, null);
  }

  /** A syntax error with a hint for the user, or null when there is none to give. */
  public RegoParseException(Location location, String detail, String hint) {
    super(location.text() + ": rego_parse_error: " + detail);
    this.location = location;
    this.detail = detail;
    this.hint = hint;
  }

  /** What the user can do about it, or null. */
  public String hint() {
    return hint;
  }

  public Location location() {
    return location;
  }

  public String detail() {
    return detail;
  }
}
