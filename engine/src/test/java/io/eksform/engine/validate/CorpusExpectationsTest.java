package io.eksform.engine.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.FileReport;
import io.eksform.engine.lint.LintReport;
import io.eksform.engine.lint.Severity;
import io.eksform.engine.policy.Policies;
import io.eksform.engine.policy.PolicyOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every row of the eksctl corpus's EXPECT.tsv: clean files have no error, error files at least one,
 * finding files a warning or error, with the schema and the built-in rule set. Rows eksform cannot
 * meet are listed with their reason in corpus/pending.tsv and checked only for loading without a
 * crash. Clean rows that today's eksctl refuses are listed in corpus/overrides.tsv with the rule
 * that must now report them as an error.
 */
class CorpusExpectationsTest {

  @TestFactory
  Stream<DynamicTest> eachCorpusFileMeetsItsExpectation() throws IOException {
    var shared = SharedCorpus.dir();
    assumeTrue(shared.isPresent(), SharedCorpus.absentMessage());
    Path corpus = shared.get().resolve("corpus/eksctl-examples");
    Map<String, String> pending = table("/corpus/pending.tsv");
    Map<String, String> overrides = table("/corpus/overrides.tsv");
    List<String[]> rows =
        Files.readAllLines(corpus.resolve("EXPECT.tsv")).stream()
            .filter(l -> !l.isBlank() && !l.startsWith("#"))
            .map(l -> l.split("\t"))
            .toList();
    assertFalse(rows.isEmpty(), "EXPECT.tsv has rows");
    Validator validator =
        new Validator(
            LoadOptions.defaults(),
            new ByteArrayInputStream(new byte[0]),
            corpus,
            List.of(Policies.embedded(PolicyOptions.builtinOnly()).check()));
    return rows.stream()
        .map(
            row ->
                DynamicTest.dynamicTest(
                    row[0] + " is " + row[1],
                    () ->
                        check(
                            validator,
                            row[0],
                            row[1],
                            pending.get(row[0]),
                            overrides.get(row[0]))));
  }

  private static void check(
      Validator validator, String file, String expected, String pendingWhy, String override) {
    LintReport report = validator.validate(List.of(file));
    FileReport only = report.files().get(0);
    assertTrue(only.status() != FileReport.Status.FAILED || expected.equals("error"), file);
    List<Diagnostic> errors =
        report.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    if (pendingWhy != null) {
      org.junit.jupiter.api.Assumptions.abort(
          "pending: " + file + " (" + expected + "): " + pendingWhy);
    }
    if (override != null) {
      String rule = override.split("\t", 2)[0];
      assertTrue(
          errors.stream().anyMatch(d -> d.ruleId().equals(rule)),
          file + " is refused by today's eksctl: expected an error of " + rule + ", got " + errors);
      assertTrue(
          errors.stream().allMatch(d -> d.ruleId().equals(rule)),
          file + " should have no other error than " + rule + ", got " + errors);
      return;
    }
    switch (expected) {
      case "clean" -> assertTrue(errors.isEmpty(), file + " should be clean but has " + errors);
      case "error" -> assertFalse(errors.isEmpty(), file + " should have an error");
      case "finding" ->
          assertTrue(
              report.diagnostics().stream().anyMatch(d -> d.severity().atLeast(Severity.WARNING)),
              file + " should have a finding");
      default -> throw new AssertionError("unknown expectation " + expected);
    }
  }

  private static Map<String, String> table(String resource) throws IOException {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = CorpusExpectationsTest.class.getResourceAsStream(resource)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] parts = line.split("\t", 2);
          out.put(parts[0], parts[1]);
        }
      }
    }
    return out;
  }
}
