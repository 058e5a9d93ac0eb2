package io.eksform.engine.report.coverage;

import io.eksform.engine.ledger.LedgerEntry;
import java.io.IOException;
import java.util.List;

/** A table for a terminal: section, field, disposition, since; then the counts. */
final class TextCoverageRenderer implements CoverageRenderer {
  @Override
  public void render(List<LedgerEntry> entries, Appendable out) throws IOException {
    int section = width(entries, "SECTION", e -> e.section());
    int field = width(entries, "FIELD", LedgerEntry::dotted);
    int disposition = width(entries, "DISPOSITION", e -> e.disposition().word());
    row(out, section, field, disposition, "SECTION", "FIELD", "DISPOSITION", "SINCE");
    for (LedgerEntry e : entries) {
      row(
          out,
          section,
          field,
          disposition,
          e.section(),
          e.dotted(),
          e.disposition().word(),
          e.since().orElse("-"));
    }
    out.append('\n').append(CoverageCounts.sentence(entries)).append('\n');
  }

  private static void row(
      Appendable out, int w1, int w2, int w3, String a, String b, String c, String d)
      throws IOException {
    out.append(pad(a, w1))
        .append("  ")
        .append(pad(b, w2))
        .append("  ")
        .append(pad(c, w3))
        .append("  ")
        .append(d)
        .append('\n');
  }

  private static int width(
      List<LedgerEntry> entries,
      String heading,
      java.util.function.Function<LedgerEntry, String> f) {
    return Math.max(
        heading.length(), entries.stream().mapToInt(e -> f.apply(e).length()).max().orElse(0));
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
