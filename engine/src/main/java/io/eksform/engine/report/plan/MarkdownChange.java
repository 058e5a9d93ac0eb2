package io.eksform.engine.report.plan;

import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.ResourceAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One change in the markdown format: a collapsible {@code <details>} block whose summary is the
 * symbol, address and action, open and marked with a warning when destructive; inside, the reasons
 * and a {@code diff} block (GitHub colours its {@code +} and {@code -} lines).
 */
final class MarkdownChange {
  private static final int MAX_ALIGN = 32;

  private MarkdownChange() {}

  static String of(Change change) {
    StringBuilder out = new StringBuilder();
    String what =
        "<code>" + Markdown.html(change.action().symbol() + " " + change.address()) + "</code> ";
    if (change.isDestructive()) {
      out.append("<details open>\n<summary>:warning: ")
          .append(what)
          .append("<b>")
          .append(Counts.future(change.action()))
          .append("</b></summary>\n\n");
    } else {
      out.append("<details>\n<summary>")
          .append(what)
          .append(Counts.future(change.action()))
          .append("</summary>\n\n");
    }
    for (String reason : change.reasons()) {
      out.append("- ").append(Markdown.text(reason)).append('\n');
    }
    for (String line : ReplacementWords.of(change)) {
      out.append("- ").append(Markdown.text(line)).append('\n');
    }
    if (!change.configPointer().isEmpty()) {
      out.append("- config: ").append(Markdown.code(change.configPointer())).append('\n');
    }
    if (!change.dependsOn().isEmpty()) {
      out.append("- after: ").append(addresses(change.dependsOn())).append('\n');
    }
    List<String> diff = diff(AttributeLines.of(change));
    if (!diff.isEmpty()) {
      out.append('\n').append(Markdown.block("diff", diff));
    }
    out.append("\n</details>\n\n");
    return out.toString();
  }

  private static String addresses(List<ResourceAddress> addresses) {
    return addresses.stream()
        .map(a -> Markdown.code(a.toString()))
        .collect(Collectors.joining(", "));
  }

  /** {@code + path = value}, {@code - path = value}, and a {@code -} then a {@code +} line. */
  private static List<String> diff(List<AttributeLine> rows) {
    int width =
        rows.stream().mapToInt(r -> r.path().length()).filter(w -> w <= MAX_ALIGN).max().orElse(0);
    List<String> out = new ArrayList<>();
    for (AttributeLine row : rows) {
      String path = row.path() + " ".repeat(Math.max(0, width - row.path().length()));
      String forces = row.forcesReplacement() ? "  # forces replacement" : "";
      switch (row.kind()) {
        case ADD -> lines("+", path, row.afterLines(), forces, out);
        case REMOVE -> lines("-", path, row.before(), forces, out);
        case CHANGE -> {
          lines("-", path, row.before(), "", out);
          lines("+", path, row.afterLines(), forces, out);
        }
      }
    }
    return out;
  }

  private static void lines(
      String sign, String path, List<String> value, String suffix, List<String> out) {
    String head = sign + " " + path + " = ";
    String continuation = sign + " ".repeat(head.length() - 1);
    for (int i = 0; i < value.size(); i++) {
      out.add((i == 0 ? head : continuation) + value.get(i) + (i == 0 ? suffix : ""));
    }
  }
}
