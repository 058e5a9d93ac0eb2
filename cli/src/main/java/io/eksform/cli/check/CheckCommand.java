package io.eksform.cli.check;

import io.eksform.cli.common.AwsOptions;
import io.eksform.cli.common.ExitCodeLines;
import io.eksform.cli.common.PolicyFlags;
import io.eksform.cli.common.UsageValues;
import io.eksform.cli.common.UserError;
import io.eksform.cli.common.VersionProvider;
import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.git.ChangeSet;
import io.eksform.engine.git.ChangedFile;
import io.eksform.engine.git.GitChanges;
import io.eksform.engine.lint.FileReport;
import io.eksform.engine.lint.LintReport;
import io.eksform.engine.lint.Rules;
import io.eksform.engine.lint.Severity;
import io.eksform.engine.policy.Policies;
import io.eksform.engine.policy.PolicyException;
import io.eksform.engine.policy.PreparingCheck;
import io.eksform.engine.project.ProjectConfig;
import io.eksform.engine.report.lint.LintFormat;
import io.eksform.engine.report.lint.RenderOptions;
import io.eksform.engine.suppress.SuppressRules;
import io.eksform.engine.suppress.Suppressor;
import io.eksform.engine.validate.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eksform check}: the pull-request check of the ClusterConfig files a branch changed. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Validate the ClusterConfig files a branch changed and show what each change asks.",
      "The branch is compared with its merge base with --base; each changed file gets an"
          + " offline intent plan (--live: a plan against the account)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no error on the changed files",
      "1:an error on a changed file (or line, with --changed-lines)",
      "2:usage error (unknown ref, not a git repository...)",
      ExitCodeLines.INTERNAL
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eksform check --base origin/main",
      "  eksform check --base origin/main --changed-lines --format markdown clusters/"
    })
public final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin AwsOptions aws;

  @Mixin PolicyFlags policyFlags;

  @Option(
      names = "--base",
      paramLabel = "REF",
      description =
          "The branch, tag or commit the change is compared with, e.g. origin/main (needed"
              + " unless --all).")
  String base;

  @Option(
      names = "--head",
      paramLabel = "REF",
      defaultValue = "HEAD",
      description = "The commit checked (default: ${DEFAULT-VALUE}).")
  String head;

  @Option(
      names = {"-C", "--repo"},
      paramLabel = "DIR",
      defaultValue = ".",
      description = "A folder inside the git repository (default: the current folder).")
  Path repo;

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = {
        "Only the ClusterConfig files under these folders or files, or matching these globs",
        "(relative to the repository root; e.g. clusters/prod 'clusters/*-eu.yaml').",
        "Put -- before paths that start with a dash."
      })
  List<String> paths = List.of();

  @Option(names = "--all", description = "Check every ClusterConfig of the head, changed or not.")
  boolean all;

  @Option(
      names = "--changed-lines",
      description = "Count only findings on the lines the branch added or changed.")
  boolean changedLines;

  @Option(
      names = {"-o", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: text, github, markdown, json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--sarif", paramLabel = "FILE", description = "Also write the findings as SARIF.")
  Path sarif;

  @Option(
      names = "--summary",
      paramLabel = "FILE",
      description = "Also write the markdown pull-request summary to FILE.")
  Path summary;

  @Option(
      names = "--strict",
      description =
          "Fail when a changed config sets a field eksform does not act on yet, instead of"
              + " listing it under the plan.")
  boolean strict;

  @Option(
      names = "--live",
      description = "Plan against the live AWS account (credentials needed) instead of offline.")
  boolean live;

  @Override
  public Integer call() throws IOException {
    CheckFormat checkFormat = CheckFormat.parse(format, spec.commandLine());
    if (base == null && !all) {
      throw new ParameterException(
          spec.commandLine(), "give --base REF (the branch compared with) or --all");
    }
    Path start = repo.toAbsolutePath().normalize();
    // The policies compile on another thread from the start, while git is read and the changed
    // files are written, read and schema-checked; the project file is read from the folder that
    // holds .git above the start, and read again should git name another root.
    Path guessedRoot = repositoryRoot(start);
    ProjectConfig guessedProject = project(guessedRoot);
    PreparingCheck policyCheck = prepare(start, guessedProject);
    GitChanges git = new GitChanges(start);
    ChangeSet found = all ? git.all(head) : git.changed(base, head);
    Path root = found.root().toAbsolutePath().normalize();
    PathFilter filter = UsageValues.parse(spec, () -> PathFilter.of(paths, root));
    noteUncommitted(git, filter);
    refuseUnmatched(git, filter, found);
    ChangeSet changes = filter.apply(found);
    Map<String, ChangedFile> byPath = new LinkedHashMap<>();
    changes.files().forEach(f -> byPath.put(f.path(), f));
    ProjectConfig project = guessedProject;
    if (!sameFolder(guessedRoot, changes.root())) {
      project = project(changes.root());
      policyCheck = prepare(start, project);
    }
    LintReport checked;
    Policies policies;
    List<FilePlan> plans = new ArrayList<>();
    Optional<Planning> offline =
        live
            ? Optional.empty()
            : Optional.of(
                EarlyIntentPlans.of(new IntentPlans(VersionProvider.version(), strict), changes));
    try (HeadTree tree = HeadTree.of(changes.files(), changes.root());
        AwsOptions awsTarget = aws) {
      try {
        checked =
            tree.paths.isEmpty()
                ? new LintReport(List.of())
                : new Validator(
                        LoadOptions.defaults(),
                        InputStream.nullInputStream(),
                        tree.root,
                        List.of(policyCheck))
                    .validate(tree.paths);
        policies = policyCheck.policies();
      } catch (PolicyException e) {
        throw new UserError(e.getMessage(), "fix the policy or data file named above", 2);
      }
      LintReport report =
          new Suppressor(project, Optional.empty(), LocalDate.now(ZoneOffset.UTC)).apply(checked);
      ChangedOnly.Result kept = ChangedOnly.filter(report, byPath, changedLines);
      Planning planning =
          offline.orElseGet(
              () ->
                  new LivePlans(
                      awsTarget, tree.root, spec.commandLine().getErr(), policies, strict));
      for (ChangedFile f : changes.files()) {
        plans.add(planning.plan(f, valid(checked, f.path())));
      }
      CheckResult result =
          new CheckResult(changes, PlanFindings.added(kept.report(), plans), kept.leftOut(), plans);
      RenderOptions render =
          RenderOptions.plain(VersionProvider.version())
              .withFailOn(Severity.ERROR)
              .withRules(
                  Rules.builtIn().with(policies.catalogue()).with(SuppressRules.catalogue()));
      PrintWriter out = spec.commandLine().getOut();
      checkFormat.render(result, render, out);
      out.flush();
      if (sarif != null) {
        StringBuilder text = new StringBuilder();
        LintFormat.SARIF.renderer().render(result.report(), render, text);
        Files.writeString(start.resolve(sarif), text);
      }
      if (summary != null) {
        StringBuilder text = new StringBuilder();
        MarkdownSummary.render(result, text);
        Files.writeString(start.resolve(summary), text);
      }
      return result.errors() > 0 ? 1 : 0;
    }
  }

  /**
   * Says which configs have edits that are not committed: check reads commits only, and a user who
   * just fixed a file would otherwise wonder why the fix is not seen.
   */
  private void noteUncommitted(GitChanges git, PathFilter filter) {
    if (!head.equals("HEAD")) {
      return;
    }
    List<String> dirty =
        git.uncommittedCandidates().stream()
            .filter(p -> paths.isEmpty() || filter.takes(p))
            .toList();
    if (dirty.isEmpty()) {
      return;
    }
    String shown =
        dirty.size() <= 3
            ? String.join(", ", dirty)
            : String.join(", ", dirty.subList(0, 3)) + ", ...";
    PrintWriter err = spec.commandLine().getErr();
    err.println(
        "note: "
            + (dirty.size() == 1 ? "1 file has" : dirty.size() + " files have")
            + " uncommitted changes ("
            + shown
            + "); check compares commits: commit them or use `eksform validate`");
    err.flush();
  }

  /** A PATH that names no file of the head (nor a changed one) is a typo, not a clean check. */
  private void refuseUnmatched(GitChanges git, PathFilter filter, ChangeSet found) {
    if (paths.isEmpty()) {
      return;
    }
    Set<String> known = new HashSet<>(git.headPaths(head));
    found.files().forEach(f -> known.add(f.path()));
    found.files().forEach(f -> f.oldPath().ifPresent(known::add));
    List<String> unmatched = filter.unmatched(known);
    if (!unmatched.isEmpty()) {
      throw new UserError(
          (unmatched.size() == 1 ? "the path '" : "the paths '")
              + String.join("', '", unmatched)
              + (unmatched.size() == 1 ? "' matches" : "' match")
              + " no file of "
              + head,
          "paths are relative to the repository root ("
              + found.root().toAbsolutePath().normalize()
              + "); check the spelling, or commit the files first",
          2);
    }
  }

  /** True when the file's head version has no error, so that planning it makes sense. */
  private static boolean valid(LintReport checked, String path) {
    return checked.files().stream()
        .filter(f -> f.file().equals(path))
        .noneMatch(f -> f.status() == FileReport.Status.FAILED || f.count(Severity.ERROR) > 0);
  }

  private PreparingCheck prepare(Path start, ProjectConfig project) {
    return new PreparingCheck(
        () ->
            Policies.embedded(policyFlags.options(start, project.limits(), project.regoVersion())));
  }

  /** The nearest folder at or above {@code start} that holds {@code .git}, else {@code start}. */
  private static Path repositoryRoot(Path start) {
    for (Path p = start; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) {
        return p;
      }
    }
    return start;
  }

  private static boolean sameFolder(Path a, Path b) {
    try {
      return a.equals(b) || Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  private static ProjectConfig project(Path root) {
    try {
      return ProjectConfig.load(root);
    } catch (ProjectConfig.Invalid e) {
      throw new UserError(e.getMessage(), e.hint(), 2);
    }
  }

  /** Thrown for an unknown format; kept here so the command names its own option. */
  static ParameterException badFormat(picocli.CommandLine cli, String message) {
    return new ParameterException(cli, message);
  }
}
