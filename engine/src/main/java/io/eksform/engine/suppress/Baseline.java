package io.eksform.engine.suppress;

import io.eksform.engine.config.IoProblems;
import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.LintReport;
import io.eksform.engine.problem.ShownPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The findings a team accepted when adopting eksform: each is known by file, rule id and JSON
 * Pointer (not by line, so that edits elsewhere in the file do not revive it). With a baseline,
 * only new findings fail a run.
 */
public record Baseline(Set<Entry> entries) {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  /** One accepted finding. */
  public record Entry(String file, String ruleId, String pointer) implements Comparable<Entry> {
    @Override
    public int compareTo(Entry o) {
      return (file + "\u0000" + ruleId + "\u0000" + pointer)
          .compareTo(o.file + "\u0000" + o.ruleId + "\u0000" + o.pointer);
    }
  }

  public Baseline {
    entries = Set.copyOf(entries);
  }

  /** The baseline of every counted finding of {@code report} (problems of suppressions aside). */
  public static Baseline of(LintReport report) {
    Set<Entry> entries = new TreeSet<>();
    for (Diagnostic d : report.diagnostics()) {
      if (!d.ruleId().startsWith("suppress/")) {
        entries.add(entryOf(d));
      }
    }
    return new Baseline(entries);
  }

  static Entry entryOf(Diagnostic d) {
    return new Entry(d.location().file(), d.ruleId(), d.location().pointer());
  }

  boolean covers(Diagnostic d) {
    return entries.contains(entryOf(d));
  }

  /** Writes the baseline as JSON, entries sorted, so that it diffs well in review. */
  public void write(Path file) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("formatVersion", "1");
    ArrayNode list = root.putArray("findings");
    for (Entry e : new TreeSet<>(entries)) {
      list.addObject().put("file", e.file()).put("ruleId", e.ruleId()).put("pointer", e.pointer());
    }
    Files.writeString(file, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
  }

  /**
   * Reads a baseline written by {@link #write}; a bad file is an {@link IllegalArgumentException}.
   */
  public static Baseline read(Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | JacksonException e) {
      throw new IllegalArgumentException(
          "baseline "
              + ShownPath.of(file)
              + " cannot be read: "
              + (e instanceof IOException io ? IoProblems.describe(io) : e.getMessage())
              + "; write one with --write-baseline");
    }
    JsonNode list = root.path("findings");
    if (!list.isArray()) {
      throw new IllegalArgumentException(
          "baseline "
              + ShownPath.of(file)
              + " has no findings list; write one with --write-baseline");
    }
    Set<Entry> entries = new TreeSet<>();
    for (JsonNode e : list) {
      entries.add(
          new Entry(
              e.path("file").asString(""),
              e.path("ruleId").asString(""),
              e.path("pointer").asString("")));
    }
    return new Baseline(entries);
  }
}
