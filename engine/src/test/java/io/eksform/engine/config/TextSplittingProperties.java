package io.eksform.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written line splitting, pointer escaping and pointer splitting agree with their plain
 * definitions.
 */
class TextSplittingProperties {

  @Property(tries = 500)
  void linesSplitAtNewlinesAndCrLfKeepingEmptyLines(@ForAll("texts") String text) {
    assertEquals(List.of(text.split("\r?\n", -1)), SourceText.lines(text));
  }

  @Property(tries = 300)
  void childPointersEscapeTildeAndSlash(@ForAll("texts") String token) {
    String pointer = JsonPointers.child("/metadata", token);
    assertEquals("/metadata/" + token.replace("~", "~0").replace("/", "~1"), pointer);
    assertEquals(token, JsonPointers.last(pointer));
  }

  @Property(tries = 500)
  void pointerTokensAreWhatTheSplitDefinitionGives(@ForAll("texts") String text) {
    String pointer = "/" + text.replace("\n", "").replace("\r", "");
    List<String> plain =
        java.util.Arrays.stream(pointer.substring(1).split("/", -1))
            .map(t -> t.replace("~1", "/").replace("~0", "~"))
            .toList();
    assertEquals(plain, JsonPointers.tokens(pointer));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withChars('a', ' ', '\n', '\r', '~', '/', '0', '1')
        .ofMaxLength(30);
  }
}
