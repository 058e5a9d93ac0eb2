package io.eksform.engine.project;

import io.eksform.engine.config.JsonPointers;
import io.eksform.engine.config.Position;
import io.eksform.engine.config.SourceText;
import io.eksform.engine.config.YamlDocument;
import io.eksform.engine.config.YamlLimits;
import io.eksform.engine.config.YamlTreeReader;
import io.eksform.engine.lint.Diagnostic;
import io.eksform.rego.ast.RegoVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The settings of {@code .eksform.yaml} in the working folder: {@code limits:} (overrides of the
 * built-in policy limits, e.g. {@code fargate.selectorsPerProfile}) and {@code ignore:} entries
 * ({@code rule}, {@code path} glob, {@code reason}, optional {@code until} date), and {@code
 * regoVersion: v0|v1} for the user's policies (null when not set). No file means defaults. Unknown
 * keys at any level are errors ({@link ProjectKeys}).
 */
public record ProjectConfig(
    String file, Map<String, Object> limits, List<IgnoreEntry> ignores, RegoVersion regoVersion) {
  public static final String FILE_NAME = ".eksform.yaml";

  public ProjectConfig {
    limits = Map.copyOf(limits);
    ignores = List.copyOf(ignores);
  }

  /** A project file without {@code regoVersion}. */
  public ProjectConfig(String file, Map<String, Object> limits, List<IgnoreEntry> ignores) {
    this(file, limits, ignores, null);
  }

  public static ProjectConfig empty() {
    return new ProjectConfig(FILE_NAME, Map.of(), List.of());
  }

  /** Reads {@code dir/.eksform.yaml} when it exists; a malformed file is a {@link Invalid}. */
  public static ProjectConfig load(Path dir) {
    Path path = dir.resolve(FILE_NAME);
    if (!Files.isRegularFile(path)) {
      return empty();
    }
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new Invalid(FILE_NAME + ": cannot be read: " + e.getMessage());
    }
    return parse(FILE_NAME, text);
  }

  /** Parses the text of a project file named {@code name}. */
  public static ProjectConfig parse(String name, String text) {
    YamlTreeReader.Result read =
        new YamlTreeReader(YamlLimits.DEFAULT, 1_000_000).read(SourceText.of(name, text));
    if (!read.problems().isEmpty()) {
      Diagnostic d = read.problems().get(0);
      throw new Invalid(name + ":" + d.location().line() + ": " + d.message());
    }
    if (read.documents().isEmpty() || read.documents().get(0).root().isNull()) {
      return new ProjectConfig(name, Map.of(), List.of());
    }
    YamlDocument doc = read.documents().get(0);
    JsonNode root = doc.root();
    if (!root.isObject()) {
      throw new Invalid(name + ": must be a mapping with limits: and ignore: sections");
    }
    ProjectKeys.check(name, doc);
    RegoVersion regoVersion = null;
    if (root.has("regoVersion")) {
      regoVersion = RegoVersion.parse(root.get("regoVersion").asString(""));
      if (regoVersion == null) {
        Position at = doc.sourceMap().valuePosition("/regoVersion");
        throw new Invalid(
            name
                + ":"
                + at.line()
                + ": regoVersion: '"
                + root.get("regoVersion").asString("")
                + "' is not a Rego version: write v0 (policies written for OPA 0.x) or v1");
      }
    }
    JsonNode limitsNode = root.path("limits");
    @SuppressWarnings("unchecked")
    Map<String, Object> limits =
        limitsNode.isObject()
            ? JsonMapper.builder().build().convertValue(limitsNode, Map.class)
            : Map.of();
    List<IgnoreEntry> ignores = new ArrayList<>();
    JsonNode list = root.path("ignore");
    for (int i = 0; i < list.size(); i++) {
      ignores.add(entry(name, doc, list.get(i), JsonPointers.child("/ignore", i)));
    }
    return new ProjectConfig(name, limits, ignores, regoVersion);
  }

  private static IgnoreEntry entry(String name, YamlDocument doc, JsonNode node, String pointer) {
    Position at = doc.sourceMap().valuePosition(pointer);
    String rule = node.path("rule").asString("");
    if (rule.isEmpty()) {
      throw new Invalid(name + ":" + at.line() + ": an ignore entry needs rule: RULE-ID");
    }
    Optional<LocalDate> until = Optional.empty();
    String date = node.path("until").asString("");
    if (!date.isEmpty()) {
      try {
        until = Optional.of(LocalDate.parse(date));
      } catch (DateTimeParseException e) {
        throw new Invalid(
            name + ":" + at.line() + ": until: '" + date + "' is not a date: write YYYY-MM-DD");
      }
    }
    return new IgnoreEntry(
        rule, node.path("path").asString("**"), node.path("reason").asString("").trim(), until, at);
  }

  /** A project file that cannot be used; the message names the file, the line and the fix. */
  public static final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String hint;

    public Invalid(String message) {
      this(message, "fix " + FILE_NAME);
    }

    public Invalid(String message, String hint) {
      super(message);
      this.hint = hint;
    }

    /** What to do about it: a did-you-mean, or where to fix it. */
    public String hint() {
      return hint;
    }
  }
}
