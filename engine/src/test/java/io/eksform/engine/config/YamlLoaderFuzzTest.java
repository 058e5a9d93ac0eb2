package io.eksform.engine.config;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.lint.Diagnostic;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

/**
 * The fuzz target of the YAML loader: hostile-looking documents (anchors, aliases and merge keys of
 * merges, huge exponents, deep nesting, control characters, broken syntax) are each loaded within a
 * time bound, never throw, and never grow a source map past the node limit. A few hundred inputs in
 * every build; {@code -Pfuzz} tries many more.
 */
class YamlLoaderFuzzTest {
  private static final int ITERATIONS = Integer.getInteger("eksform.fuzz.iterations", 300);
  private static final YamlLimits LIMITS = new YamlLimits(100, 20_000, 60);

  private static final List<String> PIECES =
      List.of(
          "a: ",
          "b: ",
          "k: ",
          "<<: ",
          "- ",
          "? ",
          ": ",
          "&x ",
          "&y ",
          "*x",
          "*y",
          "[*x, *x]",
          "[*y, *y, *y]",
          "{<<: [*x, *x], k: 1}",
          "{",
          "}",
          "[",
          "]",
          ", ",
          "1e9999999",
          "1e-9999999",
          "4294967297",
          "-0x1F",
          ".inf",
          "yes",
          "null",
          "~",
          "'q'",
          "\"\\u0000\"",
          "\"\\x1b[31m\"",
          "|\n  text\n",
          ">-\n  folded\n",
          "!!binary AAAA",
          "!custom x",
          "%YAML 1.2\n---\n",
          "---\n",
          "...\n",
          "# comment\n",
          "\n",
          "\n  ",
          "\n    ",
          "\t",
          "\u0085",
          "\u2028",
          "\ufeff",
          "\u0007");

  private static final Arbitrary<String> DOCUMENTS =
      Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(60).map(p -> String.join("", p));

  /** Documents that nest their anchors: each level merges or lists the one before, twice. */
  private static final Arbitrary<String> BOMBS =
      Arbitraries.integers()
          .between(1, 40)
          .flatMap(
              levels ->
                  Arbitraries.of("{<<: [*x%d, *x%d], k%d: 1}", "[*x%d, *x%d, %d]")
                      .map(
                          shape -> {
                            StringBuilder text = new StringBuilder("x0: &x0 {k0: 1}\n");
                            for (int i = 1; i <= levels; i++) {
                              text.append("x" + i + ": &x" + i + " ")
                                  .append(shape.formatted(i - 1, i - 1, i))
                                  .append('\n');
                            }
                            return text.toString();
                          }));

  private final ConfigLoader loader =
      new ConfigLoader(
          new LoadOptions(false, java.util.Map.of(), 1 << 20, LIMITS),
          new ByteArrayInputStream(new byte[0]));

  private void survives(String text) {
    YamlTreeReader.Result result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () -> new YamlTreeReader(LIMITS, 1 << 20).read(SourceText.of("f.yaml", text)),
            () -> "took too long on:\n" + text);
    for (YamlDocument doc : result.documents()) {
      assertTrue(
          doc.sourceMap().values().size() <= LIMITS.maxNodes(),
          () -> doc.sourceMap().values().size() + " positions for:\n" + text);
    }
    for (Diagnostic d : result.problems()) {
      assertTrue(d.message().length() < 2_000, () -> "a message of " + d.message().length());
    }
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> loader.load(SourceText.of("f.yaml", text)),
        () -> "the loader took too long on:\n" + text);
  }

  @Test
  void hostileDocumentsAreLoadedWithinBounds() {
    DOCUMENTS.sampleStream().limit(ITERATIONS).forEach(this::survives);
  }

  @Test
  void nestedAliasesAndMergesAreLoadedWithinBounds() {
    BOMBS.sampleStream().limit(Math.max(20, ITERATIONS / 10)).forEach(this::survives);
  }

  @Test
  void controlBytesAreDecodedOrRefused() {
    Arbitraries.bytes()
        .array(byte[].class)
        .ofMaxSize(200)
        .sampleStream()
        .limit(ITERATIONS)
        .forEach(
            bytes ->
                assertTimeoutPreemptively(
                    Duration.ofSeconds(5),
                    () ->
                        new SourceDecoder(1 << 20)
                            .decode("f.yaml", bytes)
                            .text()
                            .ifPresent(t -> survives(t.text()))));
    survives(
        new String(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ':'}, StandardCharsets.UTF_8));
  }
}
