package io.eksform.engine.report.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlanFormatTest {

  @Test
  void formatsAreNamedCaseInsensitively() {
    assertEquals(PlanFormat.MARKDOWN, PlanFormat.parse(" Markdown "));
    assertEquals(GraphFormat.DOT, GraphFormat.parse("DOT"));
  }

  @Test
  void anUnknownFormatIsRejectedWithTheValidList() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PlanFormat.parse("sarif"));
    assertEquals("unknown output format 'sarif': use one of text, json, markdown", e.getMessage());
    IllegalArgumentException g =
        assertThrows(IllegalArgumentException.class, () -> GraphFormat.parse("svg"));
    assertTrue(g.getMessage().endsWith("use one of mermaid, dot"), g.getMessage());
  }

  @Test
  void theMarkdownLimitCannotBeAbsurdlySmall() {
    assertThrows(IllegalArgumentException.class, () -> new PlanRenderOptions(false, 10));
  }
}
