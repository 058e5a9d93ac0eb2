package io.eksform.cli.common;

import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Option values a command parses itself (formats, severities, sizes): a value the parser refuses is
 * a usage error (exit 2) with the parser's message, as picocli reports its own.
 */
public final class UsageValues {
  private UsageValues() {}

  public static <T> T parse(CommandSpec spec, Supplier<T> parser) {
    try {
      return parser.get();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
