package io.eksform.rego.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Strings order as their UTF-8 bytes do, as OPA orders them, whatever the characters. */
class StringOrderProperties {

  @Property(tries = 2000)
  void orderIsTheOrderOfUtf8Bytes(@ForAll("texts") String a, @ForAll("texts") String b) {
    int expected =
        Integer.signum(
            Arrays.compareUnsigned(
                a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));
    assertEquals(expected, Integer.signum(StringValue.compareCodePoints(a, b)), a + " vs " + b);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<Character> chars =
        Arbitraries.oneOf(
            Arbitraries.chars().range('a', 'e'),
            Arbitraries.chars().range('\uE000', '\uE003'),
            Arbitraries.chars().range('\uFFFD', '\uFFFF'),
            Arbitraries.of('\u00e9', '\u4e2d'));
    Arbitrary<String> astral = Arbitraries.of("\uD83D\uDE00", "\uD800\uDC00", "\uDBFF\uDFFF");
    return Arbitraries.oneOf(chars.map(String::valueOf), astral)
        .list()
        .ofMaxSize(4)
        .map(parts -> String.join("", parts));
  }
}
