package io.eksform.engine.config;

import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.Severity;
import io.eksform.engine.problem.ShownPath;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Expands what the user named on the command line into input files: files as given, directories
 * searched recursively for {@code *.yaml}, {@code *.yml} and {@code *.json} (hidden folders and
 * build output skipped), and "-" for standard input. A folder is walked without leaving it: a link
 * that leads outside is skipped with an info finding (a link to {@code ~/.aws/credentials} is never
 * read), and so is anything that is not a regular file (a FIFO would hang the run, a device exhaust
 * its memory).
 */
public final class InputResolver {
  private final Path workingDir;

  public InputResolver(Path workingDir) {
    this.workingDir = workingDir;
  }

  /** The files to load and the findings about arguments that named nothing usable. */
  public record Resolved(List<InputFile> files, List<Diagnostic> problems) {}

  public Resolved resolve(List<String> arguments) {
    List<InputFile> files = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (String given : arguments) {
      if (InputFile.STDIN.equals(given)) {
        files.add(InputFile.stdin());
        continue;
      }
      Path path = workingDir.resolve(given);
      String arg = ShownPath.of(given, workingDir);
      if (Files.isDirectory(path)) {
        List<InputFile> found = new ArrayList<>();
        scan(arg, path, found, problems);
        if (found.isEmpty()) {
          problems.add(
              InputProblem.file(
                      "input/no-configs",
                      Severity.ERROR,
                      arg,
                      "directory contains no *.yaml, *.yml or *.json files")
                  .withHint("name the ClusterConfig files or the folder that holds them"));
        }
        files.addAll(found);
      } else if (Files.exists(path)) {
        files.add(InputFile.of(arg, path));
      } else {
        problems.add(InputProblem.file("file/unreadable", Severity.ERROR, arg, missing(path)));
      }
    }
    return new Resolved(files, problems);
  }

  /** Why a path that does not exist cannot be read: a link that leads nowhere says so. */
  private static String missing(Path path) {
    if (!Files.isSymbolicLink(path)) {
      return "no such file or directory";
    }
    try {
      path.toRealPath();
      return "no such file or directory";
    } catch (FileSystemException e) {
      String reason = e.getReason() == null ? "" : e.getReason().toLowerCase(Locale.ROOT);
      if (reason.contains("levels of symbolic links") || reason.contains("loop")) {
        return "a loop of symbolic links: the link leads back to itself";
      }
      return "a symbolic link to " + target(path) + ", which does not exist";
    } catch (IOException e) {
      return "a symbolic link that leads nowhere (" + IoProblems.describe(e) + ")";
    }
  }

  private static String target(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      return "a missing file";
    }
  }

  private static Diagnostic unreadableFolder(String shownAs, IOException e) {
    return InputProblem.file(
        "file/unreadable",
        Severity.ERROR,
        shownAs,
        "cannot read folder: " + IoProblems.describe(e));
  }

  private void scan(String shownAs, Path dir, List<InputFile> found, List<Diagnostic> problems) {
    Path root;
    try {
      root = dir.toRealPath();
    } catch (IOException e) {
      problems.add(unreadableFolder(shownAs, e));
      return;
    }
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              return !d.equals(dir) && isIgnored(dir.relativize(d))
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
              if (!isIgnored(dir.relativize(p))) {
                visit(shownAs, dir, root, p, attrs, files, problems);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path p, IOException e) {
              problems.add(
                  InputProblem.file(
                          "input/skipped",
                          Severity.INFO,
                          display(shownAs, dir, p),
                          "skipped: cannot read it (" + IoProblems.describe(e) + ")")
                      .withHint("check its permissions"));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.add(unreadableFolder(shownAs, e));
    }
    files.stream().sorted().forEach(p -> found.add(InputFile.of(display(shownAs, dir, p), p)));
  }

  /**
   * One entry of a folder (never followed when it is a link): a regular file with a config name is
   * read; a link is read only when it leads to a regular file inside the folder; anything else with
   * a config name is named as skipped.
   */
  private static void visit(
      String shownAs,
      Path dir,
      Path root,
      Path p,
      BasicFileAttributes attrs,
      List<Path> files,
      List<Diagnostic> problems) {
    boolean configName = isConfigName(p.getFileName().toString());
    String shown = display(shownAs, dir, p);
    if (attrs.isSymbolicLink()) {
      Path real;
      try {
        real = p.toRealPath();
      } catch (IOException e) {
        if (configName) {
          problems.add(skipped(shown, missing(p)));
        }
        return;
      }
      if (!real.startsWith(root) && (configName || Files.isDirectory(real))) {
        problems.add(
            skipped(
                    shown,
                    "a link to "
                        + real
                        + ", outside "
                        + shownAs
                        + "; links that leave the folder are not followed")
                .withHint("name the file itself on the command line to check it"));
      } else if (configName && Files.isRegularFile(real)) {
        files.add(p);
      }
      return;
    }
    if (!configName || attrs.isDirectory()) {
      return;
    }
    if (!attrs.isRegularFile() || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
      problems.add(skipped(shown, "not a regular file (a FIFO, a device or a socket); not read"));
      return;
    }
    files.add(p);
  }

  private static Diagnostic skipped(String shown, String why) {
    return InputProblem.file("input/skipped", Severity.INFO, shown, "skipped: " + why);
  }

  private static String display(String shownAs, Path dir, Path file) {
    String rel = dir.relativize(file).toString().replace('\\', '/');
    if (shownAs.equals(".") || shownAs.equals("./")) {
      return rel;
    }
    return shownAs.endsWith("/") ? shownAs + rel : shownAs + "/" + rel;
  }

  static boolean isConfigName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
  }

  private static boolean isIgnored(Path relative) {
    for (Path part : relative) {
      String s = part.toString();
      if (s.startsWith(".") || s.equals("target") || s.equals("node_modules")) {
        return true;
      }
    }
    return false;
  }
}
