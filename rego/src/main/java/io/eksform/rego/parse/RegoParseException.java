package io.eksform.rego.parse;

import io.eksform.rego.ast.Location;

/** A syntax error, reported as OPA does: {@code file:row:col: rego_parse_error: message}. */
public final class RegoParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Location location;
  private final String detail;

  public RegoParseException(Location location, String detail) {
    super(location.text() + ": rego_parse_error: " + detail);
    this.location = location;
    this.detail = detail;
  }

  public Location location() {
    return location;
  }

  public String detail() {
    return detail;
  }
}
