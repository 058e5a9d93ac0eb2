package io.eksform.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Error;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the schema over the shared corpus of real eksctl files and compares with EXPECT.tsv: files
 * eksctl loads pass, files eksctl refuses while loading fail, and integration-test templates fail
 * only because of their placeholders.
 */
class CorpusSchemaTest {

  private static ClusterConfigSchema schema;

  @BeforeAll
  static void load() {
    schema = ClusterConfigSchema.load();
  }

  /** One row of EXPECT.tsv. */
  record Row(String file, String expected, String verdict) {

    /** Whether eksctl gets past loading and parsing the file, which is all the schema models. */
    boolean loadsInEksctl() {
      return !verdict.startsWith("TEMPLATE") && !verdict.equals("NEG-LOAD");
    }

    boolean isTemplate() {
      return verdict.startsWith("TEMPLATE");
    }
  }

  private static Path corpusDir() {
    String shared = System.getProperty("eksform.shared.dir");
    Path dir = shared == null ? null : Path.of(shared, "corpus", "eksctl-examples");
    assumeTrue(
        dir != null && Files.isRegularFile(dir.resolve("EXPECT.tsv")),
        "shared corpus not found (system property eksform.shared.dir); corpus checks skipped");
    return dir;
  }

  private static List<Row> rows(Path dir) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("EXPECT.tsv"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      rows.add(new Row(cols[0], cols[1], cols.length > 2 ? cols[2] : ""));
    }
    return List.copyOf(rows);
  }

  private static List<String> errors(Path file) {
    List<String> found = new ArrayList<>();
    for (JsonNode document : ClusterConfigSchema.readDocuments(file)) {
      for (Error e : schema.validate(document)) {
        found.add(e.getInstanceLocation() + ": " + e.getMessage());
      }
    }
    return found;
  }

  @TestFactory
  Stream<DynamicTest> everyCorpusFileMeetsItsExpectation() throws IOException {
    Path dir = corpusDir();
    List<Row> rows = rows(dir);
    assertTrue(rows.size() >= 50, "EXPECT.tsv looks truncated: " + rows.size() + " rows");
    return rows.stream()
        .map(
            row ->
                DynamicTest.dynamicTest(
                    row.file() + " (" + row.verdict() + ")",
                    () -> {
                      List<String> errors = errors(dir.resolve(row.file()));
                      if (row.loadsInEksctl()) {
                        assertEquals(List.of(), errors, "eksctl loads this file");
                      } else {
                        assertFalse(errors.isEmpty(), "eksctl refuses this file while loading");
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> cleanAndFindingRowsAreNeverSchemaErrors() throws IOException {
    Path dir = corpusDir();
    return rows(dir).stream()
        .filter(row -> row.expected().equals("clean") || row.expected().equals("finding"))
        .map(
            row ->
                DynamicTest.dynamicTest(
                    row.file(), () -> assertEquals(List.of(), errors(dir.resolve(row.file())))));
  }

  @TestFactory
  Stream<DynamicTest> templatesFailOnlyBecauseOfTheirPlaceholders() throws IOException {
    Path dir = corpusDir();
    return rows(dir).stream()
        .filter(Row::isTemplate)
        .map(
            row ->
                DynamicTest.dynamicTest(
                    row.file(),
                    () -> {
                      List<String> remaining = new ArrayList<>();
                      for (JsonNode document :
                          ClusterConfigSchema.readDocuments(dir.resolve(row.file()))) {
                        fillPlaceholders(document);
                        schema.validate(document).stream()
                            .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
                            .collect(Collectors.toCollection(() -> remaining));
                      }
                      assertEquals(List.of(), remaining, "errors besides the placeholders");
                    }));
  }

  /** Does what the integration-test harness does: a real name and region. */
  private static void fillPlaceholders(JsonNode document) {
    if (document.get("metadata") instanceof ObjectNode metadata) {
      JsonNode name = metadata.get("name");
      if (name != null && name.asString().startsWith("<generated")) {
        metadata.put("name", "generated-cluster");
      }
      JsonNode region = metadata.get("region");
      if (region == null || region.asString().startsWith("<generated")) {
        metadata.put("region", "us-west-2");
      }
    }
  }
}
