package io.eksform.engine.config;

import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads one input into ClusterConfig documents: reads its bytes (within the size limit), decodes
 * them, parses every YAML document with a source map, sorts out what is a ClusterConfig, and
 * handles {@code ${VAR}} references. It never throws for bad input: everything a user can cause
 * comes back as findings.
 */
public final class ConfigLoader {
  private final LoadOptions options;
  private final SourceDecoder decoder;
  private final YamlTreeReader reader;
  private final EnvExpansion env;
  private final InputStream stdin;

  public ConfigLoader(LoadOptions options, InputStream stdin) {
    this.options = options;
    this.decoder = new SourceDecoder(options.maxFileBytes());
    this.reader = new YamlTreeReader(options.yamlLimits(), options.maxFileBytes());
    this.env = EnvExpansion.of(options.expandEnv(), options.environment());
    this.stdin = stdin;
  }

  public LoadedFile load(InputFile input) {
    byte[] bytes;
    try {
      bytes = readBytes(input);
    } catch (IOException e) {
      return unreadable(
          input.displayName(),
          InputProblem.file(
              "file/unreadable",
              Severity.ERROR,
              input.displayName(),
              "cannot read file: " + IoProblems.describe(e)));
    }
    SourceDecoder.Result decoded = decoder.decode(input.displayName(), bytes);
    if (decoded.problem().isPresent()) {
      return unreadable(input.displayName(), decoded.problem().get());
    }
    return load(decoded.text().orElseThrow());
  }

  /** Loads text that is already decoded (used by tests and by callers holding file contents). */
  public LoadedFile load(SourceText source) {
    YamlTreeReader.Result parsed = reader.read(source);
    List<Diagnostic> problems = new ArrayList<>(parsed.problems());
    List<ConfigDocument> configs = new ArrayList<>();
    int others = 0;
    for (YamlDocument doc : parsed.documents()) {
      DocumentKind.Verdict verdict = DocumentKind.classify(doc, source.name());
      verdict.finding().ifPresent(problems::add);
      switch (verdict.kind()) {
        case CLUSTER_CONFIG, UNSUPPORTED_ESKCTL -> {
          problems.addAll(env.apply(doc.root(), doc.sourceMap(), source));
          configs.add(
              new ConfigDocument(
                  source.name(), doc.index(), doc.root(), doc.sourceMap(), doc.numberTexts()));
        }
        case OTHER_TOOL -> others++;
        case EMPTY -> {}
      }
    }
    boolean skipped = configs.isEmpty() && others > 0 && parsed.problems().isEmpty();
    if (configs.isEmpty() && others == 0 && problems.isEmpty()) {
      problems.add(
          InputProblem.file(
              "file/empty", Severity.ERROR, source.name(), "file holds no YAML document"));
    }
    return new LoadedFile(source.name(), source.lines(), configs, skipped, false, problems);
  }

  private byte[] readBytes(InputFile input) throws IOException {
    long limit = options.maxFileBytes() + 1;
    if (input.path().isEmpty()) {
      return stdin.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    }
    var path = input.path().get();
    if (!Files.isRegularFile(path)) {
      // Opening a FIFO waits for a writer forever, and a device such as /dev/zero never ends.
      throw new java.nio.file.FileSystemException(
          path.toString(), null, "not a regular file (a FIFO, a device or a socket)");
    }
    // Never more than the limit, whatever the file's size said a moment ago.
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    }
  }

  private static LoadedFile unreadable(String file, Diagnostic problem) {
    return new LoadedFile(file, List.of(), List.of(), false, true, List.of(problem));
  }
}
