package io.eksform.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.lint.Diagnostic;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Merge keys of merges, and documents that are simply large, are bounded like alias bombs: every
 * expansion, the source map's included, counts against {@link YamlLimits}.
 */
class MergeKeyBombTest {
  private final YamlTreeReader reader = new YamlTreeReader(YamlLimits.DEFAULT, 10 << 20);

  /** The reported file: each level merges the one before it twice. */
  private static String mergeBomb(int levels) {
    StringBuilder text = new StringBuilder("x0: &x0 {k0: 1}\n");
    for (int i = 1; i <= levels; i++) {
      text.append("x%d: &x%d {<<: [*x%d, *x%d], k%d: 1}\n".formatted(i, i, i - 1, i - 1, i));
    }
    return text.toString();
  }

  @Test
  void mergesOfMergesAreReadInMillisecondsWithASourceMapOfTheDocumentsSize() {
    String text = mergeBomb(29);
    assertTrue(text.length() < 1100, "the reported file is about 1 KB");
    YamlTreeReader.Result result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(2), () -> reader.read(SourceText.of("bomb.yaml", text)));
    assertTrue(result.problems().isEmpty(), result.problems().toString());
    YamlDocument doc = result.documents().get(0);
    assertEquals(30, doc.root().get("x29").size());
    // One position per node of the tree the document reads as: nothing under the merge keys.
    assertTrue(doc.sourceMap().values().size() < 1_000, "" + doc.sourceMap().values().size());
    assertTrue(doc.sourceMap().values().keySet().stream().noneMatch(p -> p.contains("<<")));
    assertEquals(new Position(30, 1), doc.sourceMap().keyPosition("/x29"));
  }

  @Test
  void aMergedMemberKeepsThePositionOfTheMappingThatMergesIt() {
    YamlTreeReader.Result result =
        reader.read(SourceText.of("m.yaml", "base: &b {a: 1, b: 2}\nuse:\n  <<: *b\n  b: 3\n"));
    SourceMap map = result.documents().get(0).sourceMap();
    assertEquals(new Position(4, 6), map.valuePosition("/use/b"));
    assertEquals(map.valuePosition("/use"), map.valuePosition("/use/a"));
  }

  @Test
  void aLargeDocumentWithoutAliasesIsNotCalledAnAliasBomb() {
    YamlTreeReader small = new YamlTreeReader(new YamlLimits(100, 50, 200), 10 << 20);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      text.append("k").append(i).append(": ").append(i).append('\n');
    }
    Diagnostic d = small.read(SourceText.of("big.yaml", text.toString())).problems().get(0);
    assertEquals("yaml/alias-limit", d.ruleId());
    assertTrue(d.message().startsWith("document has more than 50 nodes"), d.message());
    assertTrue(!d.message().contains("alias"), d.message());
  }

  @Test
  void anAliasBombStillNamesItsAliases() {
    YamlTreeReader small = new YamlTreeReader(new YamlLimits(100, 50, 200), 10 << 20);
    String text = "a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n";
    Diagnostic d = small.read(SourceText.of("bomb.yaml", text)).problems().get(0);
    assertTrue(d.message().contains("aliases and merge keys are expanded"), d.message());
  }
}
