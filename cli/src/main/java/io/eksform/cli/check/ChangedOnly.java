package io.eksform.cli.check;

import io.eksform.engine.git.ChangeKind;
import io.eksform.engine.git.ChangedFile;
import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.FileReport;
import io.eksform.engine.lint.LintReport;
import io.eksform.engine.lint.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keeps the findings a branch is answerable for. With {@code --changed-lines}, a finding counts
 * when it is on a line the branch added or changed; a finding about a whole file counts only for an
 * added file. Findings left out are counted, so that the summary can say so.
 */
final class ChangedOnly {
  private ChangedOnly() {}

  record Result(LintReport report, int leftOut) {}

  static Result filter(LintReport report, Map<String, ChangedFile> files, boolean changedLines) {
    if (!changedLines) {
      return new Result(report, 0);
    }
    List<FileReport> kept = new ArrayList<>();
    int leftOut = 0;
    for (FileReport f : report.files()) {
      ChangedFile changed = files.get(f.file());
      if (changed == null) {
        kept.add(f);
        continue;
      }
      List<Diagnostic> diagnostics = new ArrayList<>();
      for (Diagnostic d : f.diagnostics()) {
        if (counts(d, changed)) {
          diagnostics.add(d);
        } else {
          leftOut++;
        }
      }
      List<Suppression> suppressed =
          f.suppressed().stream().filter(s -> counts(s.diagnostic(), changed)).toList();
      kept.add(new FileReport(f.file(), f.status(), f.sourceLines(), diagnostics, suppressed));
    }
    return new Result(new LintReport(kept), leftOut);
  }

  private static boolean counts(Diagnostic d, ChangedFile file) {
    if (file.kind() == ChangeKind.ADDED) {
      return true;
    }
    return d.location().hasPosition() && file.touches(d.location().line());
  }
}
