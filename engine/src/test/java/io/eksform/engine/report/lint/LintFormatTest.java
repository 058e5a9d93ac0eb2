package io.eksform.engine.report.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Choosing a format by name: every format has a renderer; an unknown name is refused. */
class LintFormatTest {

  @ParameterizedTest
  @EnumSource(LintFormat.class)
  void eachFormatParsesFromItsWordInAnyCase(LintFormat format) {
    assertEquals(format, LintFormat.parse(format.word()));
    assertEquals(format, LintFormat.parse(" " + format.word().toUpperCase() + " "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"xml", "", "sarif2", "txt"})
  void anUnknownFormatIsRefusedWithTheValidNames(String name) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LintFormat.parse(name));
    assertEquals(
        "unknown output format '" + name + "': use one of text, json, sarif, github, junit",
        e.getMessage());
  }

  @Test
  void nullIsRefusedToo() {
    assertThrows(IllegalArgumentException.class, () -> LintFormat.parse(null));
  }

  @ParameterizedTest
  @EnumSource(LintFormat.class)
  void eachFormatHasItsOwnRenderer(LintFormat format) {
    String expected =
        switch (format) {
          case TEXT -> "TextLintRenderer";
          case JSON -> "JsonLintRenderer";
          case SARIF -> "SarifLintRenderer";
          case GITHUB -> "GithubLintRenderer";
          case JUNIT -> "JunitLintRenderer";
        };
    assertEquals(expected, format.renderer().getClass().getSimpleName());
  }
}
