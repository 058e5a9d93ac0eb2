package io.eksform.engine.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.FileReport;
import io.eksform.engine.lint.LintReport;
import io.eksform.engine.lint.Location;
import io.eksform.engine.lint.Severity;
import io.eksform.engine.lint.Suppression;
import io.eksform.engine.project.ProjectConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inline comments, .eksform.yaml entries and baselines applied to a report. */
class SuppressorTest {
  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  static final String FILE = "c.yaml";

  static Diagnostic finding(String rule, int line) {
    return Diagnostic.of(rule, Severity.ERROR, rule + " here", new Location(FILE, line, 3, "/x"));
  }

  static LintReport report(List<String> lines, Diagnostic... found) {
    return new LintReport(
        List.of(new FileReport(FILE, FileReport.Status.CHECKED, lines, List.of(found))));
  }

  static LintReport apply(ProjectConfig project, LintReport report) {
    return new Suppressor(project, Optional.empty(), TODAY).apply(report);
  }

  static List<String> ids(LintReport r) {
    return r.diagnostics().stream().map(Diagnostic::ruleId).toList();
  }

  @Test
  void commentOnTheLineAboveSuppressesWithItsReason() {
    LintReport r =
        apply(
            ProjectConfig.empty(),
            report(
                List.of("a: 1", "# eksform:ignore r/one accepted risk", "b: 2"),
                finding("r/one", 3)));
    assertEquals(List.of(), r.diagnostics());
    Suppression s = r.suppressed().get(0);
    assertEquals(Suppression.Kind.INLINE, s.kind());
    assertEquals("accepted risk", s.reason());
  }

  @Test
  void trailingCommentOnTheSameLineSuppresses() {
    LintReport r =
        apply(
            ProjectConfig.empty(),
            report(
                List.of("a: 1 # eksform:ignore r/one fine here until=2026-06-01"),
                finding("r/one", 1)));
    assertEquals(List.of(), r.diagnostics());
    assertEquals(1, r.suppressed().size());
  }

  @Test
  void otherRulesAndFarLinesAreNotSuppressed() {
    LintReport r =
        apply(
            ProjectConfig.empty(),
            report(
                List.of("# eksform:ignore r/one why", "a: 1", "b: 2"),
                finding("r/two", 2),
                finding("r/one", 3)));
    assertEquals(List.of("r/two", "r/one", SuppressRules.UNUSED), ids(r));
  }

  @Test
  void aReasonIsRequired() {
    LintReport r =
        apply(
            ProjectConfig.empty(),
            report(List.of("a: 1 # eksform:ignore r/one"), finding("r/one", 1)));
    assertEquals(List.of("r/one", SuppressRules.INVALID), ids(r));
  }

  @Test
  void expiredCommentIsAnErrorAndSuppressesNothing() {
    LintReport r =
        apply(
            ProjectConfig.empty(),
            report(
                List.of("a: 1 # eksform:ignore r/one why until=2026-05-31"), finding("r/one", 1)));
    assertEquals(List.of("r/one", SuppressRules.EXPIRED), ids(r));
    assertTrue(r.failsAt(Severity.ERROR));
  }

  @Test
  void malformedDateIsInvalid() {
    LintReport r =
        apply(
            ProjectConfig.empty(),
            report(List.of("a: 1 # eksform:ignore r/one why until=soon"), finding("r/one", 1)));
    assertEquals(List.of("r/one", SuppressRules.INVALID), ids(r));
  }

  @Test
  void centralEntriesMatchRuleAndPathGlob() {
    ProjectConfig project =
        ProjectConfig.parse(
            ".eksform.yaml",
            "ignore:\n"
                + "  - rule: r/one\n    path: \"*.yaml\"\n    reason: team decision\n"
                + "  - rule: r/two\n    path: \"other/**\"\n    reason: elsewhere\n"
                + "  - rule: r/three\n    reason: stale\n"
                + "  - rule: r/four\n    reason: old\n    until: 2026-01-01\n");
    LintReport r =
        apply(project, report(List.of("a: 1"), finding("r/one", 1), finding("r/two", 1)));
    assertEquals(1, r.suppressed().size());
    assertEquals(Suppression.Kind.CONFIG, r.suppressed().get(0).kind());
    List<Diagnostic> central =
        r.files().stream()
            .filter(f -> f.file().equals(".eksform.yaml"))
            .findFirst()
            .orElseThrow()
            .diagnostics();
    assertEquals(
        List.of(SuppressRules.UNUSED, SuppressRules.EXPIRED),
        central.stream().map(Diagnostic::ruleId).toList());
    assertEquals(8, central.get(0).location().line());
    assertEquals(10, central.get(1).location().line());
  }

  @Test
  void limitsAndMalformedProjectFiles() {
    ProjectConfig project =
        ProjectConfig.parse(".eksform.yaml", "limits:\n  fargate:\n    selectorsPerProfile: 8\n");
    assertEquals("{fargate={selectorsPerProfile=8}}", project.limits().toString());
    assertThrows(
        ProjectConfig.Invalid.class, () -> ProjectConfig.parse(".eksform.yaml", "limit: {}\n"));
    assertThrows(
        ProjectConfig.Invalid.class,
        () -> ProjectConfig.parse(".eksform.yaml", "ignore:\n  - reason: no rule\n"));
    assertThrows(
        ProjectConfig.Invalid.class,
        () ->
            ProjectConfig.parse(
                ".eksform.yaml", "ignore:\n  - rule: a/b\n    reason: x\n    until: tomorrow\n"));
  }

  @Test
  void unknownKeysAtEveryLevelOfTheProjectFileAreErrorsWithTheClosestKey() {
    ProjectConfig.Invalid nested =
        assertThrows(
            ProjectConfig.Invalid.class,
            () ->
                ProjectConfig.parse(
                    ".eksform.yaml", "limits:\n  fargate:\n    selectorPerProfile: 8\n"));
    assertEquals(
        ".eksform.yaml:3: unknown key 'selectorPerProfile' in limits.fargate", nested.getMessage());
    assertEquals("did you mean 'selectorsPerProfile'?", nested.hint());
    ProjectConfig.Invalid section =
        assertThrows(
            ProjectConfig.Invalid.class,
            () -> ProjectConfig.parse(".eksform.yaml", "limits:\n  fargat: {}\n"));
    assertEquals("did you mean 'fargate'?", section.hint());
    ProjectConfig.Invalid ignore =
        assertThrows(
            ProjectConfig.Invalid.class,
            () ->
                ProjectConfig.parse(
                    ".eksform.yaml", "ignore:\n  - rule: a/b\n    reasn: legacy\n"));
    assertEquals(".eksform.yaml:3: unknown key 'reasn' in ignore[0]", ignore.getMessage());
    assertEquals("did you mean 'reason'?", ignore.hint());
    ProjectConfig.Invalid word =
        assertThrows(
            ProjectConfig.Invalid.class,
            () ->
                ProjectConfig.parse(
                    ".eksform.yaml", "limits:\n  fargate:\n    selectorsPerProfile: many\n"));
    assertTrue(word.getMessage().contains("must be a whole number"), word.getMessage());
    ProjectConfig.Invalid notAList =
        assertThrows(
            ProjectConfig.Invalid.class,
            () -> ProjectConfig.parse(".eksform.yaml", "ignore:\n  rule: a/b\n"));
    assertEquals(".eksform.yaml:2: ignore: must be a list of entries", notAList.getMessage());
    assertEquals(
        "error",
        ProjectConfig.parse(".eksform.yaml", "limits:\n  unsupportedVersionSeverity: error\n")
            .limits()
            .get("unsupportedVersionSeverity"));
  }

  @Test
  void baselineRoundTripSuppressesOnlyKnownFindings(@TempDir Path dir) throws IOException {
    LintReport before = report(List.of("a: 1"), finding("r/one", 1));
    Path file = dir.resolve("baseline.json");
    Baseline.of(before).write(file);
    assertTrue(Files.readString(file).contains("r/one"));
    LintReport after =
        new Suppressor(ProjectConfig.empty(), Optional.of(Baseline.read(file)), TODAY)
            .apply(report(List.of("a: 1", "b: 2"), finding("r/one", 2), finding("r/new", 2)));
    assertEquals(List.of("r/new"), ids(after));
    assertEquals(Suppression.Kind.BASELINE, after.suppressed().get(0).kind());
  }

  @Test
  void unreadableBaselineSaysHowToWriteOne(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("b.json");
    Files.writeString(file, "[1, 2");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Baseline.read(file));
    assertTrue(e.getMessage().contains("--write-baseline"));
  }
}
