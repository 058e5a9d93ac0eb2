package io.eksform.engine.config;

import io.eksform.engine.lint.Diagnostic;
import java.util.List;

/**
 * What loading one input gave: its source lines (for carets in reports), the ClusterConfig
 * documents it holds, whether it was skipped as another tool's YAML or could not be read at all,
 * and the findings met on the way.
 */
public record LoadedFile(
    String file,
    List<String> sourceLines,
    List<ConfigDocument> configs,
    boolean skipped,
    boolean unreadable,
    List<Diagnostic> problems) {
  public LoadedFile {
    sourceLines = List.copyOf(sourceLines);
    configs = List.copyOf(configs);
    problems = List.copyOf(problems);
  }
}
