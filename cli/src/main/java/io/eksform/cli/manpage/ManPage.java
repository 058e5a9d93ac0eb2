package io.eksform.cli.manpage;

import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * One troff man page for a picocli command tree: the root's synopsis and description, then a
 * section per command with its synopsis, description, arguments, options, exit codes and examples,
 * all taken from the same annotations as {@code --help}.
 */
public final class ManPage {
  private ManPage() {}

  /** The page of {@code root}, dated {@code date} and marked with {@code version}. */
  public static String of(CommandLine root, String version, String date) {
    StringBuilder out = new StringBuilder();
    String name = root.getCommandName();
    out.append(".TH ")
        .append(name.toUpperCase(Locale.ROOT))
        .append(" 1 \"")
        .append(date)
        .append("\" \"")
        .append(name)
        .append(' ')
        .append(version)
        .append("\" \"User Commands\"\n");
    out.append(".SH NAME\n")
        .append(escape(name))
        .append(" \\- ")
        .append(escape(first(root.getCommandSpec())))
        .append('\n');
    out.append(".SH SYNOPSIS\n");
    synopsis(out, root);
    out.append(".SH DESCRIPTION\n");
    paragraphs(out, root.getCommandSpec().usageMessage().description());
    options(out, root.getCommandSpec());
    out.append(".SH COMMANDS\n");
    commands(out, root);
    out.append(".SH SEE ALSO\n")
        .append(escape(name))
        .append(" COMMAND \\-\\-help; README.md of the eksform repository.\n");
    return out.toString();
  }

  private static void commands(StringBuilder out, CommandLine parent) {
    for (CommandLine command : parent.getSubcommands().values()) {
      CommandSpec spec = command.getCommandSpec();
      if (spec.name().equals("help")) {
        continue;
      }
      out.append(".SS ").append(escape(spec.qualifiedName())).append('\n');
      synopsis(out, command);
      paragraphs(out, spec.usageMessage().description());
      for (PositionalParamSpec parameter : spec.positionalParameters()) {
        out.append(".TP\n")
            .append("\\fI")
            .append(escape(parameter.paramLabel()))
            .append("\\fR\n")
            .append(escape(String.join(" ", parameter.description())))
            .append('\n');
      }
      options(out, spec);
      exitCodes(out, spec.usageMessage());
      examples(out, spec.usageMessage());
      commands(out, command);
    }
  }

  private static void synopsis(StringBuilder out, CommandLine command) {
    String line =
        command.getCommandSpec().commandLine().getHelp().synopsis(0).replaceAll("\\s+", " ");
    out.append(".PP\n\\fB").append(escape(Ansi.OFF.string(line).strip())).append("\\fR\n");
  }

  private static void options(StringBuilder out, CommandSpec spec) {
    for (OptionSpec option : spec.options()) {
      if (option.hidden()) {
        continue;
      }
      out.append(".TP\n\\fB").append(escape(String.join(", ", option.names()))).append("\\fR");
      if (option.arity().max() > 0 && !option.typeInfo().isBoolean()) {
        out.append(" \\fI").append(escape(option.paramLabel())).append("\\fR");
      }
      out.append('\n');
      String text = String.join(" ", option.description());
      String shown =
          option.defaultValue() == null
              ? text.replaceAll("\\s*\\(default:? \\$\\{DEFAULT-VALUE}\\)", "")
              : text.replace("${DEFAULT-VALUE}", option.defaultValue());
      out.append(escape(shown)).append('\n');
    }
  }

  private static void exitCodes(StringBuilder out, UsageMessageSpec usage) {
    if (usage.exitCodeList().isEmpty()) {
      return;
    }
    out.append(".PP\nExit codes:\n");
    usage
        .exitCodeList()
        .forEach(
            (code, meaning) ->
                out.append(".TP\n")
                    .append(escape(code.strip()))
                    .append('\n')
                    .append(escape(meaning.strip()))
                    .append('\n'));
  }

  private static void examples(StringBuilder out, UsageMessageSpec usage) {
    if (usage.footer().length == 0) {
      return;
    }
    out.append(".PP\nExamples:\n.nf\n.RS\n");
    for (String line : usage.footer()) {
      out.append(escape(line.strip())).append('\n');
    }
    out.append(".RE\n.fi\n");
  }

  private static void paragraphs(StringBuilder out, String[] lines) {
    if (lines.length == 0) {
      return;
    }
    out.append(".PP\n");
    for (String line : lines) {
      out.append(escape(line.replace("%n", "").strip())).append('\n');
    }
  }

  private static String first(CommandSpec spec) {
    String[] lines = spec.usageMessage().description();
    return lines.length == 0 ? "" : lines[0];
  }

  /** Text safe in troff: backslashes doubled, dashes literal, no line read as a request. */
  static String escape(String text) {
    String escaped = text.replace("\\", "\\e").replace("-", "\\-");
    return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
  }
}
