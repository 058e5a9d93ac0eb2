package io.eksform.engine.suppress;

import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.FileReport;
import io.eksform.engine.lint.LintReport;
import io.eksform.engine.lint.Location;
import io.eksform.engine.lint.Severity;
import io.eksform.engine.lint.Suppression;
import io.eksform.engine.project.IgnoreEntry;
import io.eksform.engine.project.ProjectConfig;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Applies inline comments, {@code .eksform.yaml} ignore entries and a baseline to a report, in that
 * order: covered findings move to the file's suppressed list with their reason; expired or
 * malformed suppressions become errors and unused ones warnings.
 */
public final class Suppressor {
  private final ProjectConfig project;
  private final Optional<Baseline> baseline;
  private final LocalDate today;

  public Suppressor(ProjectConfig project, Optional<Baseline> baseline, LocalDate today) {
    this.project = project;
    this.baseline = baseline;
    this.today = today;
  }

  public LintReport apply(LintReport report) {
    Set<IgnoreEntry> used = new HashSet<>();
    Set<IgnoreEntry> matchedFiles = new HashSet<>();
    List<FileReport> files = new ArrayList<>();
    for (FileReport file : report.files()) {
      files.add(apply(file, used, matchedFiles));
    }
    List<Diagnostic> central = central(used, matchedFiles);
    if (!central.isEmpty()) {
      files.add(new FileReport(project.file(), FileReport.Status.SKIPPED, List.of(), central));
    }
    return new LintReport(files);
  }

  private FileReport apply(FileReport file, Set<IgnoreEntry> used, Set<IgnoreEntry> matched) {
    List<Diagnostic> kept = new ArrayList<>();
    List<Suppression> suppressed = new ArrayList<>(file.suppressed());
    List<InlineIgnore> active = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (InlineIgnore ignore : InlineIgnore.scan(file.sourceLines())) {
      Location at = new Location(file.file(), ignore.line(), ignore.column(), "");
      if (ignore.rule().isEmpty() || ignore.reason().isEmpty() || !ignore.badDate().isEmpty()) {
        problems.add(invalid(ignore, at));
      } else if (ignore.until().isPresent() && ignore.until().get().isBefore(today)) {
        problems.add(
            Diagnostic.of(
                SuppressRules.EXPIRED,
                Severity.ERROR,
                "the suppression of " + ignore.rule() + " expired on " + ignore.until().get(),
                at));
      } else {
        active.add(ignore);
      }
    }
    List<IgnoreEntry> entries = new ArrayList<>();
    for (IgnoreEntry e : project.ignores()) {
      if (live(e) && matches(e.pathGlob(), file.file())) {
        entries.add(e);
        matched.add(e);
      }
    }
    Set<InlineIgnore> usedInline = new HashSet<>();
    for (Diagnostic d : file.diagnostics()) {
      Optional<Suppression> s = suppression(d, active, usedInline, entries, used);
      if (s.isPresent()) {
        suppressed.add(s.get());
      } else {
        kept.add(d);
      }
    }
    for (InlineIgnore ignore : active) {
      if (!usedInline.contains(ignore)) {
        kept.add(
            Diagnostic.of(
                    SuppressRules.UNUSED,
                    Severity.WARNING,
                    "this eksform:ignore for " + ignore.rule() + " covers no finding",
                    new Location(file.file(), ignore.line(), ignore.column(), ""))
                .withHint("remove the comment, or correct the rule id"));
      }
    }
    kept.addAll(problems);
    return new FileReport(file.file(), file.status(), file.sourceLines(), kept, suppressed);
  }

  private Optional<Suppression> suppression(
      Diagnostic d,
      List<InlineIgnore> active,
      Set<InlineIgnore> usedInline,
      List<IgnoreEntry> entries,
      Set<IgnoreEntry> used) {
    if (d.ruleId().startsWith("suppress/")) {
      return Optional.empty();
    }
    for (InlineIgnore ignore : active) {
      if (ignore.rule().equals(d.ruleId()) && ignore.covers(d.location().line())) {
        usedInline.add(ignore);
        return Optional.of(
            new Suppression(d, Suppression.Kind.INLINE, ignore.reason(), ignore.until()));
      }
    }
    for (IgnoreEntry e : entries) {
      if (e.rule().equals(d.ruleId())) {
        used.add(e);
        return Optional.of(new Suppression(d, Suppression.Kind.CONFIG, e.reason(), e.until()));
      }
    }
    if (baseline.isPresent() && baseline.get().covers(d)) {
      return Optional.of(new Suppression(d, Suppression.Kind.BASELINE, "in the baseline"));
    }
    return Optional.empty();
  }

  private boolean live(IgnoreEntry e) {
    return !e.reason().isEmpty() && (e.until().isEmpty() || !e.until().get().isBefore(today));
  }

  private List<Diagnostic> central(Set<IgnoreEntry> used, Set<IgnoreEntry> matchedFiles) {
    List<Diagnostic> out = new ArrayList<>();
    for (IgnoreEntry e : project.ignores()) {
      Location at = new Location(project.file(), e.position().line(), e.position().column(), "");
      if (e.reason().isEmpty()) {
        out.add(
            Diagnostic.of(
                    SuppressRules.INVALID,
                    Severity.ERROR,
                    "the ignore entry for " + e.rule() + " gives no reason",
                    at)
                .withHint("add reason: why the finding is acceptable"));
      } else if (e.until().isPresent() && e.until().get().isBefore(today)) {
        out.add(
            Diagnostic.of(
                SuppressRules.EXPIRED,
                Severity.ERROR,
                "the ignore entry for " + e.rule() + " expired on " + e.until().get(),
                at));
      } else if (matchedFiles.contains(e) && !used.contains(e)) {
        out.add(
            Diagnostic.of(
                    SuppressRules.UNUSED,
                    Severity.WARNING,
                    "the ignore entry for " + e.rule() + " covers no finding",
                    at)
                .withHint("remove the entry, or correct its rule id or path"));
      }
    }
    return out;
  }

  private static Diagnostic invalid(InlineIgnore ignore, Location at) {
    String what =
        ignore.rule().isEmpty()
            ? "names no rule id"
            : !ignore.badDate().isEmpty()
                ? "has until=" + ignore.badDate() + ", which is not a YYYY-MM-DD date"
                : "gives no reason";
    return Diagnostic.of(SuppressRules.INVALID, Severity.ERROR, "this eksform:ignore " + what, at)
        .withHint("write # eksform:ignore RULE-ID reason [until=YYYY-MM-DD]");
  }

  /** Whether a file, as named in the report, matches a glob ({@code **} spans folders). */
  static boolean matches(String glob, String file) {
    PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    Path path = Path.of(file).normalize();
    return m.matches(path) || (path.getFileName() != null && m.matches(path.getFileName()));
  }
}
