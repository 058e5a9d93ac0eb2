package io.eksform.engine.report.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.lint.Rule;
import io.eksform.engine.lint.RuleCatalog;
import io.eksform.engine.lint.Rules;
import io.eksform.engine.lint.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in rule catalogue that the loader reports under and renderers describe. */
class RulesTest {
  private static final List<String> IDS =
      List.of(
          "yaml/syntax",
          "yaml/duplicate-key",
          "yaml/alias-limit",
          "file/binary",
          "file/encoding",
          "file/too-large",
          "file/empty",
          "file/unreadable",
          "config/api-version",
          "config/kind",
          "config/not-cluster-config",
          "config/unexpanded-variable",
          "config/unset-variable",
          "schema/unknown-field",
          "schema/type",
          "schema/required",
          "schema/enum",
          "schema/pattern",
          "schema/format",
          "schema/constraint",
          "schema/range",
          "input/no-configs",
          "input/skipped");

  @Test
  void everyBuiltInIdIsDescribedWithItsDocumentationPage() {
    RuleCatalog catalog = Rules.builtIn();
    assertEquals(IDS.size(), catalog.size());
    for (String id : IDS) {
      Rule rule = catalog.find(id).orElseThrow(() -> new AssertionError(id));
      assertEquals(Rules.DOCS_BASE + id + ".md", rule.helpUri());
      assertTrue(!rule.title().isBlank() && rule.description().endsWith("."), id);
    }
  }

  @Test
  void everyBuiltInRuleHasItsPageInTheRepository() {
    for (String id : IDS) {
      Path page = ProjectFiles.root().resolve("docs/rules").resolve(id + ".md");
      assertTrue(Files.isRegularFile(page), page + " is missing");
    }
  }

  @Test
  void onlyTheSkippedDocumentRuleIsAnInfo() {
    for (String id : IDS) {
      Severity expected =
          id.equals("config/not-cluster-config") || id.equals("input/skipped")
              ? Severity.INFO
              : Severity.ERROR;
      assertEquals(expected, Rules.builtIn().find(id).orElseThrow().defaultSeverity(), id);
    }
  }

  @Test
  void policiesCanAddRulesAndUnknownIdsStillGetADescription() {
    Rule custom =
        new Rule("fargate/max-selectors", "Too many selectors", "At most 5.", Severity.ERROR, "");
    RuleCatalog catalog = Rules.builtIn().with(List.of(custom));
    assertEquals(custom, catalog.find("fargate/max-selectors").orElseThrow());
    Rule unknown = catalog.describe("team/x", Severity.WARNING);
    assertEquals("team/x", unknown.id());
    assertEquals(Severity.WARNING, unknown.defaultSeverity());
  }
}
