package io.eksform.rego.builtins.graphql;

/** A GraphQL document that does not parse or validate, with the line and column of the cause. */
public final class GraphqlException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  public GraphqlException(String message, Pos pos) {
    super(message, null, false, false);
    this.line = pos == null ? 0 : pos.line();
    this.column = pos == null ? 0 : pos.column();
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
