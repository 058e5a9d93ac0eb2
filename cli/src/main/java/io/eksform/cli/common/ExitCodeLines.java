package io.eksform.cli.common;

/** Lines of the "Exit codes" help sections that every command shares. */
public final class ExitCodeLines {
  private ExitCodeLines() {}

  /** The last line of every command's exit codes: a crash is never a verdict on the config. */
  public static final String INTERNAL =
      "3:internal error (a bug or a limit of the machine; never a verdict on the config)";
}
