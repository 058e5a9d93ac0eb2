package io.eksform.engine.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The eksctl parity corpus through {@code validate} (schema and built-in rules, as the command runs
 * them): every config eksctl rejects is reported at the marked line by the marked rule, in a
 * message with eksctl's words, and no config eksctl accepts gets an error. Writes a summary to
 * {@code target/eksctl-parity.txt}.
 */
class EksctlParityTest {
  /** The share of eksctl's rejections that must be found at the right line. */
  private static final double TARGET = 0.95;

  @TempDir Path dir;

  @Test
  void rejectionsAreFoundAtTheirLineAndAcceptedConfigsAreClean() throws IOException {
    List<ParityCases.Case> cases = ParityCases.all();
    List<String> missed = new ArrayList<>();
    List<String> falsePositives = new ArrayList<>();
    int rejected = 0;
    int found = 0;
    for (ParityCases.Case c : cases) {
      String name = c.file() + ": " + c.name();
      List<Diagnostic> diagnostics =
          PolicyEndToEndTest.validate(dir, "case.yaml", c.yaml(), PolicyEndToEndTest.BUILTIN);
      List<Diagnostic> errors =
          diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
      if (c.accepted()) {
        if (!errors.isEmpty()) {
          falsePositives.add(name + " " + errors);
        }
        continue;
      }
      rejected++;
      assertFalse(c.expectations().isEmpty(), name + " marks where eksctl's rejection is");
      boolean all = true;
      for (ParityCases.Expectation e : c.expectations()) {
        boolean hit =
            errors.stream()
                .anyMatch(
                    d ->
                        d.ruleId().equals(e.ruleId())
                            && d.location().line() == e.line()
                            && (c.words().equals("-") || d.message().contains(c.words())));
        if (!hit) {
          all = false;
          missed.add(name + ": " + e.ruleId() + " on line " + e.line() + ", got " + diagnostics);
        }
      }
      if (all) {
        found++;
      }
    }
    int accepted = cases.size() - rejected;
    String summary =
        String.format(
            "eksctl parity corpus: %d cases (%d rejected by eksctl, %d accepted);"
                + " found at the right line with eksctl's words: %d of %d (%.1f%%);"
                + " false positives on accepted configs: %d%n",
            cases.size(),
            rejected,
            accepted,
            found,
            rejected,
            100.0 * found / Math.max(1, rejected),
            falsePositives.size());
    StringBuilder report = new StringBuilder(summary);
    missed.forEach(m -> report.append("missed: ").append(m).append('\n'));
    falsePositives.forEach(f -> report.append("false positive: ").append(f).append('\n'));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "eksctl-parity.txt"), report, StandardCharsets.UTF_8);
    System.out.print(report);

    assertTrue(cases.size() >= 100, "at least 100 cases, got " + cases.size());
    assertTrue(found >= Math.ceil(TARGET * rejected), report.toString());
    assertEquals(List.of(), falsePositives, report.toString());
  }

  @Test
  void casesHaveUniqueNamesAndCiteEksctl() throws IOException {
    List<String> names = new ArrayList<>();
    for (ParityCases.Case c : ParityCases.all()) {
      assertFalse(names.contains(c.file() + c.name()), "duplicate case " + c.name());
      names.add(c.file() + c.name());
      assertTrue(c.source().endsWith(".go"), c.name() + " names the eksctl test it comes from");
      assertTrue(c.accepted() || !c.expectations().isEmpty(), c.name() + " has an expectation");
      assertTrue(!c.accepted() || c.expectations().isEmpty(), c.name() + " accepted, no marks");
    }
  }
}
