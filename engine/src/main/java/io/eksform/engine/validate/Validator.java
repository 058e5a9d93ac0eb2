package io.eksform.engine.validate;

import io.eksform.engine.config.ConfigDocument;
import io.eksform.engine.config.ConfigLoader;
import io.eksform.engine.config.InputFile;
import io.eksform.engine.config.InputResolver;
import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.config.LoadedFile;
import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.FileReport;
import io.eksform.engine.lint.LintReport;
import io.eksform.engine.schema.ClusterConfigSchema;
import io.eksform.engine.schema.SchemaValidator;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs {@code eksform validate}: resolves the inputs, loads each file, checks every ClusterConfig
 * document against the schema and the registered checks, and collects everything into one {@link
 * LintReport}. Files are checked in parallel; the report keeps the order of the inputs.
 */
public final class Validator {
  private final LoadOptions options;
  private final InputStream stdin;
  private final Path workingDir;
  private final List<DocumentCheck> checks;

  public Validator(
      LoadOptions options, InputStream stdin, Path workingDir, List<DocumentCheck> checks) {
    this.options = options;
    this.stdin = stdin;
    this.workingDir = workingDir;
    this.checks = List.copyOf(checks);
  }

  public LintReport validate(List<String> inputs) {
    InputResolver.Resolved resolved = new InputResolver(workingDir).resolve(inputs);
    List<FileReport> reports = new ArrayList<>();
    for (Diagnostic problem : resolved.problems()) {
      // An info is a file the folder walk left alone (a link leaving the folder, a FIFO).
      FileReport.Status status =
          problem.severity() == io.eksform.engine.lint.Severity.INFO
              ? FileReport.Status.SKIPPED
              : FileReport.Status.FAILED;
      reports.add(new FileReport(problem.location().file(), status, List.of(), List.of(problem)));
    }
    SchemaValidator schema = new SchemaValidator(ClusterConfigSchema.get());
    ConfigLoader loader = new ConfigLoader(options, stdin);
    List<InputFile> files = resolved.files();
    boolean parallel = files.size() > 1 && files.stream().noneMatch(f -> f.path().isEmpty());
    // Two passes: every file is read and schema-checked before the first check runs, so that the
    // checks' own preparation (compiling the policies) overlaps the reading instead of holding up
    // the first file.
    List<Checked> read =
        (parallel ? files.parallelStream() : files.stream())
            .map(file -> read(loader, schema, file))
            .toList();
    (parallel ? read.parallelStream() : read.stream())
        .map(this::finish)
        .forEachOrdered(reports::add);
    return new LintReport(reports);
  }

  /** A file read and schema-checked, waiting for the registered checks. */
  private record Checked(LoadedFile loaded, List<Diagnostic> findings) {}

  private static Checked read(ConfigLoader loader, SchemaValidator schema, InputFile file) {
    LoadedFile loaded = loader.load(file);
    List<Diagnostic> findings = new ArrayList<>(loaded.problems());
    if (loaded.unreadable()) {
      return new Checked(loaded, findings);
    }
    boolean headerReported =
        loaded.problems().stream()
            .anyMatch(
                d -> d.ruleId().equals("config/api-version") || d.ruleId().equals("config/kind"));
    for (ConfigDocument doc : loaded.configs()) {
      findings.addAll(schema.validate(doc, headerReported));
    }
    return new Checked(loaded, findings);
  }

  /** The findings about a {@code ${VAR}} reference left in a value. */
  private static final Set<String> VARIABLE_RULES =
      Set.of("config/unexpanded-variable", "config/unset-variable");

  /**
   * A value that still holds a {@code ${VAR}} reference is not the value the config will have: a
   * schema or policy finding about it (say, a name pattern) would only repeat the variable finding
   * at the same place, so it goes.
   */
  private static void dropJudgementsOfUnexpandedValues(List<Diagnostic> findings) {
    Set<String> unexpanded = new HashSet<>();
    for (Diagnostic d : findings) {
      if (VARIABLE_RULES.contains(d.ruleId())) {
        unexpanded.add(d.location().pointer());
      }
    }
    if (!unexpanded.isEmpty()) {
      findings.removeIf(
          d -> !VARIABLE_RULES.contains(d.ruleId()) && unexpanded.contains(d.location().pointer()));
    }
  }

  private FileReport finish(Checked checked) {
    LoadedFile loaded = checked.loaded();
    if (loaded.unreadable()) {
      return new FileReport(loaded.file(), FileReport.Status.FAILED, List.of(), loaded.problems());
    }
    List<Diagnostic> findings = new ArrayList<>(checked.findings());
    for (ConfigDocument doc : loaded.configs()) {
      for (DocumentCheck check : checks) {
        findings.addAll(check.check(doc));
      }
    }
    dropJudgementsOfUnexpandedValues(findings);
    RegionTypos.merge(findings, loaded.configs());
    findings.sort(
        Comparator.comparingInt((Diagnostic d) -> d.location().line())
            .thenComparingInt(d -> d.location().column())
            .thenComparing(Diagnostic::ruleId));
    FileReport.Status status =
        loaded.skipped() ? FileReport.Status.SKIPPED : FileReport.Status.CHECKED;
    return new FileReport(loaded.file(), status, loaded.sourceLines(), findings);
  }
}
