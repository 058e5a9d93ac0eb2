package io.eksform.engine.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.lint.Rules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The page docs/rules/eksctl-parity.md is the table docs/rules/eksctl-parity.tsv rendered: every
 * eksctl check with the eksform rule that covers it, or why none does. Fails when the page is out
 * of date; {@code -Deksform.regenerate=true} rewrites it.
 */
class EksctlParityPageTest {
  private static final Path TABLE = Path.of("..", "docs", "rules", "eksctl-parity.tsv");
  private static final Path PAGE = Path.of("..", "docs", "rules", "eksctl-parity.md");

  /** One row of the table. */
  record Row(String area, String check, String where, String rule, String note) {}

  @Test
  void pageIsTheRenderedTable() throws IOException {
    String expected = render(rows(), eksctlFacts());
    if (Boolean.getBoolean("eksform.regenerate")) {
      Files.writeString(PAGE, expected, StandardCharsets.UTF_8);
    }
    assertEquals(
        expected,
        Files.readString(PAGE, StandardCharsets.UTF_8),
        "docs/rules/eksctl-parity.md is out of date: run mvn -pl engine -am test"
            + " -Dtest=EksctlParityPageTest -Deksform.regenerate=true");
  }

  @Test
  void everyRowNamesAKnownRuleOrSaysWhyNone() throws IOException {
    for (Row row : rows()) {
      if (row.rule().equals("none")) {
        assertFalse(row.note().isBlank(), row.check() + " says why no rule covers it");
      } else {
        assertTrue(
            PolicyEndToEndTest.BUILTIN.rules().containsKey(row.rule())
                || Rules.builtIn().find(row.rule()).isPresent(),
            row.rule() + " is a rule of eksform");
      }
    }
  }

  @Test
  void everyEksctlParityRuleIsInTheTable() throws IOException {
    List<String> named = rows().stream().map(Row::rule).toList();
    for (ParityCases.Case c : ParityCases.all()) {
      for (ParityCases.Expectation e : c.expectations()) {
        assertTrue(
            named.contains(e.ruleId()),
            e.ruleId() + " (case " + c.name() + ") is named in the table");
      }
    }
  }

  static List<Row> rows() throws IOException {
    List<Row> out = new ArrayList<>();
    for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      assertEquals(5, f.length, "five columns: " + line);
      out.add(new Row(f[0], f[1], f[2], f[3], f[4]));
    }
    return out;
  }

  private static JsonNode eksctlFacts() throws IOException {
    try (InputStream in =
        EksctlParityPageTest.class.getResourceAsStream("/io/eksform/policies/data.json")) {
      return JsonMapper.builder().build().readTree(in).path("eksform").path("eksctl");
    }
  }

  static String render(List<Row> rows, JsonNode facts) {
    Map<String, List<Row>> byArea = new LinkedHashMap<>();
    rows.forEach(r -> byArea.computeIfAbsent(r.area(), a -> new ArrayList<>()).add(r));
    long covered = rows.stream().filter(r -> !r.rule().equals("none")).count();
    StringBuilder out = new StringBuilder();
    out.append("# eksctl parity\n\n")
        .append(
            "<!-- Generated from eksctl-parity.tsv by EksctlParityPageTest; edit the table. -->\n\n")
        .append("Every check eksctl makes on a ClusterConfig before it calls AWS, and the eksform")
        .append(" rule that reports it at the offending line (or why none does). ")
        .append(covered)
        .append(" of ")
        .append(rows.size())
        .append(" checks are covered.\n\n")
        .append("Rules that depend on the Kubernetes version use the version eksctl would use when")
        .append(" `metadata.version` is absent: **")
        .append(facts.path("defaultVersion").asString())
        .append("**, eksctl's default since ")
        .append(facts.path("defaultVersionSince").asString())
        .append(" (kept in the policies' `data.json`, `eksform.eksctl`). AmazonLinux2 node groups")
        .append(" are refused after Kubernetes ")
        .append(facts.path("amazonLinux2LastVersion").asString())
        .append(".\n\n")
        .append("The corpus under `engine/src/test/resources/eksctl-parity/` holds configs taken")
        .append(
            " from eksctl's unit tests, each with the rule and line expected; `EksctlParityTest`")
        .append(" runs them through `eksform validate`.\n");
    for (Map.Entry<String, List<Row>> area : byArea.entrySet()) {
      out.append("\n## ").append(area.getKey()).append("\n\n");
      out.append("| eksctl check | where in eksctl | eksform rule | note |\n");
      out.append("| --- | --- | --- | --- |\n");
      for (Row r : area.getValue()) {
        out.append("| ")
            .append(cell(r.check()))
            .append(" | `")
            .append(r.where())
            .append("` | ")
            .append(r.rule().equals("none") ? "none" : link(r.rule()))
            .append(" | ")
            .append(cell(r.note()))
            .append(" |\n");
      }
    }
    return out.toString();
  }

  private static String link(String rule) {
    return "[" + rule + "](" + rule + ".md)";
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
  }
}
