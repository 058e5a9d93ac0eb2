package io.eksform.rego.builtins;

/**
 * A builtin could not produce a value. In non-strict mode the evaluator turns it into "undefined";
 * in strict mode it aborts the query with {@link #code()} ({@code eval_type_error} or {@code
 * eval_builtin_error}).
 */
public final class BuiltinException extends Exception {
  private static final long serialVersionUID = 1L;

  /** OPA's error codes for builtin failures. */
  public enum Code {
    TYPE_ERROR("eval_type_error"),
    BUILTIN_ERROR("eval_builtin_error");

    private final String text;

    Code(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }
  }

  private final Code code;

  public BuiltinException(Code code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  /**
   * A wrong operand type, worded as OPA does: {@code <name>: operand <n> must be <type> but got
   * <type>}.
   */
  public static BuiltinException operand(
      String builtin, int position, String expected, String got) {
    return new BuiltinException(
        Code.TYPE_ERROR,
        builtin + ": operand " + position + " must be " + expected + " but got " + got);
  }

  /** A bad value for a builtin, e.g. an invalid regular expression. */
  public static BuiltinException builtin(String builtin, String message) {
    return new BuiltinException(Code.BUILTIN_ERROR, builtin + ": " + message);
  }

  public Code code() {
    return code;
  }
}
