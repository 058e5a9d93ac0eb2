package io.eksform.engine.policy;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.eksform.rego.parse.Parser;
import io.eksform.rego.parse.RegoParseException;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

/**
 * The fuzz target of the Rego parser, as eksform uses it for policies from a shared folder: any
 * text either parses or is refused with a parse error, within a time bound; never another
 * exception, never a hang. A few hundred inputs in every build; {@code -Pfuzz} tries many more.
 */
class RegoParserFuzzTest {
  private static final int ITERATIONS = Integer.getInteger("eksform.fuzz.iterations", 300);

  private static final List<String> PIECES =
      List.of(
          "package main\n",
          "import rego.v1\n",
          "deny contains msg if ",
          "x := ",
          "f(a) := ",
          "default y := false\n",
          "{",
          "}",
          "[",
          "]",
          "(",
          ")",
          "some i, v in input.xs",
          "every k in input.ks ",
          "not ",
          "with input as {} ",
          "\"s\"",
          "`raw`",
          "\"\\u0000\"",
          "1e9999",
          "0x",
          "-",
          ".",
          ":=",
          "==",
          "|",
          ";",
          ",",
          "\n",
          "# c\n",
          "sprintf(\"%v\", [x])",
          "concat(\"\", [a, b])",
          "x[_]",
          "input.a.b[0]",
          "{k: v | some k, v in input}",
          "[y | y := input[_]]",
          "else := 1 ",
          "\u0007",
          "\u2028");

  private static final Arbitrary<String> MODULES =
      Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(80).map(p -> String.join("", p));

  private static void parses(String src) {
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          try {
            Parser.parseModule("fuzz.rego", src);
          } catch (RegoParseException refused) {
            // a clear refusal is the expected outcome for most inputs
          }
        },
        () -> "the parser took too long on:\n" + src);
  }

  @Test
  void anyTextParsesOrIsRefusedWithinBounds() {
    MODULES.sampleStream().limit(ITERATIONS).forEach(RegoParserFuzzTest::parses);
  }
}
