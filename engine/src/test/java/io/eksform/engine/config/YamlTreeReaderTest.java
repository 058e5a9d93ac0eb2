package io.eksform.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.lint.Diagnostic;
import org.junit.jupiter.api.Test;

class YamlTreeReaderTest {
  private final YamlTreeReader reader = new YamlTreeReader(YamlLimits.DEFAULT, 10 << 20);

  private YamlTreeReader.Result read(String text) {
    return reader.read(SourceText.of("c.yaml", text));
  }

  @Test
  void recordsPositionsOfValuesAndKeys() {
    var result =
        read(
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata:
              name: demo
            fargateProfiles:
              - name: fp
                selectors:
                  - namespace: apps
            """);
    assertTrue(result.problems().isEmpty(), result.problems().toString());
    SourceMap map = result.documents().get(0).sourceMap();
    assertEquals(new Position(4, 9), map.valuePosition("/metadata/name"));
    assertEquals(new Position(4, 3), map.keyPosition("/metadata/name"));
    assertEquals(
        new Position(8, 20), map.valuePosition("/fargateProfiles/0/selectors/0/namespace"));
    assertEquals(
        new Position(8, 20), map.valuePosition("/fargateProfiles/0/selectors/0/namespace/missing"));
  }

  @Test
  void reportsDuplicateKeyAtSecondOccurrence() {
    var result = read("a: 1\nb: 2\na: 3\n");
    assertEquals(1, result.problems().size());
    Diagnostic d = result.problems().get(0);
    assertEquals("yaml/duplicate-key", d.ruleId());
    assertEquals(3, d.location().line());
    assertTrue(d.message().contains("first defined at line 1"), d.message());
    assertEquals(1, result.documents().get(0).root().get("a").asInt());
  }

  @Test
  void reportsSyntaxErrorWithPosition() {
    var result = read("metadata:\n  name: x\n bad: [\n");
    Diagnostic d = result.problems().get(0);
    assertEquals("yaml/syntax", d.ruleId());
    assertTrue(d.location().line() >= 2, d.toString());
  }

  @Test
  void readsEveryDocumentOfAMultiDocumentFile() {
    var result = read("---\na: 1\n---\nb: 2\n");
    assertEquals(2, result.documents().size());
    assertEquals(new Position(4, 4), result.documents().get(1).sourceMap().valuePosition("/b"));
  }

  @Test
  void keepsNumberTextAsWritten() {
    var result = read("version: 1.30\n");
    assertEquals("1.30", result.documents().get(0).numberTexts().get("/version"));
  }

  @Test
  void yaml12TreatsYesAsAString() {
    var result = read("a: yes\nb: on\nc: true\n");
    var root = result.documents().get(0).root();
    assertTrue(root.get("a").isString());
    assertTrue(root.get("b").isString());
    assertTrue(root.get("c").isBoolean());
  }

  @Test
  void expandsAliasesAndMergeKeys() {
    var result =
        read(
            """
            base: &base
              instanceType: m5.large
              desiredCapacity: 2
            ng:
              <<: *base
              desiredCapacity: 3
            copy: *base
            """);
    assertTrue(result.problems().isEmpty(), result.problems().toString());
    var root = result.documents().get(0).root();
    assertEquals("m5.large", root.get("ng").get("instanceType").asString());
    assertEquals(3, root.get("ng").get("desiredCapacity").asInt());
    assertEquals(2, root.get("copy").get("desiredCapacity").asInt());
  }

  @Test
  void rejectsAnAliasBombFast() {
    StringBuilder yaml =
        new StringBuilder(
            "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      yaml.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i == 0 ? "" : ",").append('*').append(prev);
      }
      yaml.append("]\n");
      prev = c;
    }
    var result = read(yaml.toString());
    assertEquals(1, result.problems().size());
    assertEquals("yaml/alias-limit", result.problems().get(0).ruleId());
  }

  @Test
  void rejectsDeepNesting() {
    var result = read("a: " + "[".repeat(1000) + "]".repeat(1000) + "\n");
    assertEquals("yaml/syntax", result.problems().get(0).ruleId());
  }

  @Test
  void emptyPlainScalarIsNullButQuotedEmptyStringIsAString() {
    var root = read("list:\n  - a\n  -\n  - b\nq: \"\"\ne:\n").documents().get(0).root();
    assertTrue(root.get("list").get(1).isNull());
    assertTrue(root.get("q").isString());
    assertTrue(root.get("e").isNull());
  }

  @Test
  void tildeAndNullWordsAreNullUnlessQuoted() {
    var root = read("a: ~\nb: Null\nc: \"~\"\nd: 'null'\n").documents().get(0).root();
    assertTrue(root.get("a").isNull());
    assertTrue(root.get("b").isNull());
    assertTrue(root.get("c").isString());
    assertTrue(root.get("d").isString());
  }

  @Test
  void infinityDoesNotCrashTheReader() {
    var result = read("a: .inf\nb: -.Inf\nc: .nan\n");
    assertTrue(result.problems().isEmpty(), result.problems().toString());
    assertEquals(1, result.documents().size());
  }
}
