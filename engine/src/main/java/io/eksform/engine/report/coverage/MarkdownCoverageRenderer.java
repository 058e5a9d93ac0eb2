package io.eksform.engine.report.coverage;

import io.eksform.engine.ledger.LedgerEntry;
import java.io.IOException;
import java.util.List;

/** A Markdown table with the reason of each field, for documentation and pull requests. */
final class MarkdownCoverageRenderer implements CoverageRenderer {
  @Override
  public void render(List<LedgerEntry> entries, Appendable out) throws IOException {
    out.append(CoverageCounts.sentence(entries)).append("\n\n");
    out.append("| Section | Field | Disposition | Since | Why |\n");
    out.append("| --- | --- | --- | --- | --- |\n");
    for (LedgerEntry e : entries) {
      out.append("| ")
          .append(e.section())
          .append(" | `")
          .append(e.dotted())
          .append("` | ")
          .append(e.disposition().word())
          .append(" | ")
          .append(e.since().orElse("-"))
          .append(" | ")
          .append(e.reason().replace("|", "\\|"))
          .append(" |\n");
    }
  }
}
