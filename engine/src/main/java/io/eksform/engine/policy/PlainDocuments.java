package io.eksform.engine.policy;

import io.eksform.engine.config.InputFile;
import io.eksform.engine.config.InputResolver;
import io.eksform.engine.lint.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads files as plain YAML or JSON documents, as conftest's {@code --parser} does, with no
 * ClusterConfig schema: each YAML document of a file is one input, starting at its own line.
 */
public final class PlainDocuments {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final YAMLMapper YAML = new YAMLMapper();

  /** One document: its file, the line it starts at, its tree and the file's lines. */
  public record Document(String file, int line, JsonNode tree, List<String> sourceLines) {}

  /** What was read, and the files that could not be. */
  public record Read(List<Document> documents, List<Diagnostic> problems) {}

  private PlainDocuments() {}

  /**
   * Reads the inputs (files or folders of *.yaml, *.yml, *.json) with {@code parser} ({@code yaml},
   * {@code json}, or null to choose by extension).
   */
  public static Read read(Path workingDir, List<String> inputs, String parser) {
    InputResolver.Resolved resolved = new InputResolver(workingDir).resolve(inputs);
    List<Document> docs = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>(resolved.problems());
    for (InputFile f : resolved.files()) {
      if (f.path().isEmpty()) {
        throw new PolicyException("reading stdin is not supported with --parser or --combine");
      }
      Path path = f.path().get();
      String text;
      try {
        text = Files.readString(path, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new PolicyException("cannot read " + f.displayName() + ": " + e.getMessage(), e);
      }
      boolean json = parser != null ? parser.equals("json") : path.toString().endsWith(".json");
      docs.addAll(parse(f.displayName(), text, json));
    }
    return new Read(docs, problems);
  }

  static List<Document> parse(String file, String text, boolean json) {
    List<String> lines = text.lines().toList();
    List<Document> out = new ArrayList<>();
    try {
      if (json) {
        out.add(new Document(file, 1, JSON.readTree(text), lines));
        return out;
      }
      List<Integer> starts = documentStarts(lines);
      try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(text)) {
        int i = 0;
        while (it.hasNextValue()) {
          JsonNode node = it.nextValue();
          int line = i < starts.size() ? starts.get(i) : 1;
          i++;
          if (node != null && !node.isNull() && !node.isMissingNode()) {
            out.add(new Document(file, line, node, lines));
          }
        }
      }
    } catch (JacksonException e) {
      var at = e.getLocation();
      String where =
          at == null || at.getLineNr() < 1
              ? file
              : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw new PolicyException(
          where
              + ": not valid "
              + (json ? "JSON" : "YAML")
              + ": "
              + e.getOriginalMessage()
              + (json ? " (for a YAML file, use --parser yaml)" : ""),
          e);
    }
    return out;
  }

  /** The first line of each YAML document: line 1, and the line after each {@code ---}. */
  private static List<Integer> documentStarts(List<String> lines) {
    List<Integer> out = new ArrayList<>();
    boolean sawContent = false;
    int start = 1;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.startsWith("---")) {
        if (sawContent) {
          out.add(start);
        }
        start = i + 2;
        sawContent = false;
      } else if (!l.isBlank() && !l.trim().startsWith("#")) {
        if (!sawContent) {
          start = Math.max(start, i + 1);
        }
        sawContent = true;
      }
    }
    if (sawContent) {
      out.add(start);
    }
    return out;
  }
}
