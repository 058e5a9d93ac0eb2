package io.eksform.rego.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.rego.PreparedPolicy;
import io.eksform.rego.Rego;
import io.eksform.rego.parse.RegoParseException;
import io.eksform.rego.value.JsonValues;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** rego.metadata.chain and rego.metadata.rule read the {@code # METADATA} blocks by scope. */
class MetadataAnnotationsTest {
  private static Value eval(Map<String, String> modules, String query) {
    PreparedPolicy p = Rego.prepare(modules, ObjectValue.EMPTY);
    List<Map<String, Value>> rows = p.eval(query, ObjectValue.EMPTY, Options.defaults());
    assertEquals(1, rows.size(), "rows of " + query + ": " + rows);
    return rows.get(0).get("x");
  }

  private static Value json(String text) {
    return JsonValues.fromJson(JsonMapper.builder().build().readTree(text));
  }

  @Test
  void chainRunsFromTheBareRuleThroughItsDocumentAndPackageToEnclosingSubpackages() {
    Value chain =
        eval(
            Map.of(
                "root.rego",
                """
                # METADATA
                # scope: subpackages
                # organizations: [acme]
                package a
                """,
                "b.rego",
                """
                # METADATA
                # title: b
                package a.b

                # METADATA
                # scope: document
                # authors:
                # - Jane Doe <jane@example.com>
                # related_resources:
                # - https://example.com/doc
                p := rego.metadata.chain()
                """),
            "x := data.a.b.p");
    assertEquals(
        json(
            """
            [{"path": ["a", "b", "p"]},
             {"path": ["a", "b", "p"], "annotations": {"scope": "document",
               "authors": [{"name": "Jane Doe", "email": "jane@example.com"}],
               "related_resources": [{"ref": "https://example.com/doc"}]}},
             {"path": ["a", "b"], "annotations": {"scope": "package", "title": "b"}},
             {"path": ["a"], "annotations": {"scope": "subpackages", "organizations": ["acme"]}}]
            """),
        chain);
  }

  @Test
  void ruleIsTheClosestRuleBlockAndOrdinaryOrIndentedCommentsAreIgnored() {
    Value rule =
        eval(
            Map.of(
                "p.rego",
                """
                package a
                # just a comment
                # title: not metadata
                p := rego.metadata.rule()

                # METADATA
                # title: far

                # METADATA
                # title: near
                q := rego.metadata.rule()

                r := x if {
                  # METADATA
                  # title: indented, so an ordinary comment
                  x := rego.metadata.chain()
                }
                """),
            "x := [data.a.p, data.a.q, data.a.r]");
    assertEquals(
        json(
            """
            [{}, {"scope": "rule", "title": "near"}, [{"path": ["a", "r"]}]]
            """),
        rule);
  }

  @Test
  void aRuleScopeOnAPackageIsAParseErrorAtTheBlock() {
    RegoParseException e =
        assertThrows(
            RegoParseException.class,
            () ->
                Rego.prepare(
                    Map.of("p.rego", "package x\n\n# METADATA\n# scope: package\np := 1\n"),
                    ObjectValue.EMPTY));
    assertTrue(e.getMessage().contains("p.rego:3"), e.getMessage());
    assertTrue(e.getMessage().contains("invalid annotation scope 'package'"), e.getMessage());
  }
}
