package io.eksform.engine.config;

import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.Severity;
import io.eksform.engine.problem.ShownPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands what the user named on the command line into input files: files as given, directories
 * searched recursively for {@code *.yaml}, {@code *.yml} and {@code *.json} (hidden folders and
 * build output skipped), and "-" for standard input.
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
        List<InputFile> found = scan(arg, path);
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
        problems.add(
            InputProblem.file("file/unreadable", Severity.ERROR, arg, "no such file or directory"));
      }
    }
    return new Resolved(files, problems);
  }

  private List<InputFile> scan(String shownAs, Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> isConfigName(p.getFileName().toString()))
          .filter(p -> !isIgnored(dir.relativize(p)))
          .sorted()
          .map(p -> InputFile.of(display(shownAs, dir, p), p))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
