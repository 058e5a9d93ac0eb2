package io.eksform.cli.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownSummaryTest {
  @Test
  void shortSummaryIsKept() {
    assertEquals("a\nb\n", MarkdownSummary.fit("a\nb\n", 1_000));
  }

  @Test
  void longSummaryIsCutAtALineEndWithANotice() {
    String line = "| error | f.yaml | 1 | `r` | message |\n";
    String text = MarkdownSummary.MARKER + "\n" + line.repeat(5_000);
    String fitted = MarkdownSummary.fit(text, 65_536);
    assertTrue(fitted.length() <= 65_536, "length " + fitted.length());
    assertTrue(fitted.startsWith(MarkdownSummary.MARKER));
    assertTrue(fitted.endsWith("for all of it._\n"), fitted.substring(fitted.length() - 200));
  }

  @Test
  void cellsCannotBreakTheTable() {
    assertEquals("a \\| b &lt;script&gt; c", MarkdownSummary.cell("a | b <script>\nc"));
  }
}
