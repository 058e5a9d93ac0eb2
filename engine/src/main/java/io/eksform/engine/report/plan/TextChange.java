package io.eksform.engine.report.plan;

import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One change in the text format: a comment saying what happens, the symbol and address, the
 * attribute rows with {@code =} aligned, then the reasons, the config pointer and what it waits
 * for.
 */
final class TextChange {
  /** Paths longer than this do not push every {@code =} of the change to the right. */
  private static final int MAX_ALIGN = 32;

  private static final String INDENT = "      ";

  private final Change change;
  private final Palette palette;

  TextChange(Change change, Palette palette) {
    this.change = change;
    this.palette = palette;
  }

  /** The change's symbol right-aligned in three columns, as Terraform prints it. */
  static String symbol(Action action) {
    String s = action.symbol();
    return " ".repeat(Math.max(0, 3 - s.length())) + s;
  }

  void write(Appendable out) throws IOException {
    String address = TerminalText.safe(change.address().toString());
    out.append("  # ").append(address).append(' ').append(Counts.future(change.action()));
    out.append('\n');
    out.append(palette.action(change.action(), symbol(change.action())))
        .append(' ')
        .append(palette.bold(address))
        .append('\n');
    List<AttributeLine> rows = AttributeLines.of(change);
    int width =
        rows.stream()
            .mapToInt(r -> TerminalText.safe(r.path()).length())
            .filter(w -> w <= MAX_ALIGN)
            .max()
            .orElse(0);
    for (AttributeLine row : rows) {
      writeRow(row, width, out);
    }
    for (String reason : change.reasons()) {
      out.append(INDENT).append(palette.dim("reason: ")).append(TerminalText.safe(reason));
      out.append('\n');
    }
    for (String line : ReplacementWords.of(change)) {
      int colon = line.indexOf(": ");
      out.append(INDENT)
          .append(palette.dim(line.substring(0, colon + 2)))
          .append(TerminalText.safe(line.substring(colon + 2)))
          .append('\n');
    }
    if (!change.configPointer().isEmpty()) {
      out.append(INDENT)
          .append(palette.dim("config: "))
          .append(TerminalText.safe(change.configPointer()))
          .append('\n');
    }
    if (!change.dependsOn().isEmpty()) {
      out.append(INDENT)
          .append(palette.dim("after:  "))
          .append(TextPlanRenderer.addresses(change.dependsOn()))
          .append('\n');
    }
  }

  private void writeRow(AttributeLine row, int width, Appendable out) throws IOException {
    String path = TerminalText.safe(row.path());
    String head = INDENT + row.kind().symbol + " " + pad(path, width) + " = ";
    List<String> value = value(row);
    String continuation = " ".repeat(head.length());
    for (int i = 0; i < value.size(); i++) {
      String line = TerminalText.safe(value.get(i));
      if (i == 0) {
        out.append(INDENT)
            .append(palette.attribute(row.kind(), row.kind().symbol))
            .append(' ')
            .append(pad(path, width))
            .append(" = ")
            .append(line);
        if (row.forcesReplacement()) {
          out.append(palette.action(Action.REPLACE, " # forces replacement"));
        }
      } else {
        out.append(continuation).append(line);
      }
      out.append('\n');
    }
  }

  /** The value lines: the new value, the old one, or the old one, an arrow and the new one. */
  private static List<String> value(AttributeLine row) {
    return switch (row.kind()) {
      case ADD -> row.afterLines();
      case REMOVE -> joined(row.before(), List.of("null"));
      case CHANGE -> joined(row.before(), row.afterLines());
    };
  }

  private static List<String> joined(List<String> before, List<String> after) {
    List<String> out = new ArrayList<>(before.subList(0, before.size() - 1));
    out.add(before.get(before.size() - 1) + " -> " + after.get(0));
    out.addAll(after.subList(1, after.size()));
    return out;
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
