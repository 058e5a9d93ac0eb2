package io.eksform.cli.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.eksform.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code eksform check --format json} against its published schema ({@code check.v1.schema.json},
 * which takes each file's plan from {@code plan.v1.schema.json}): real output of modified, added,
 * renamed, deleted and broken files, with {@code --all} and {@code --changed-lines}.
 */
class CheckJsonSchemaTest {
  private static final Path SCHEMAS =
      CliRun.projectDir().resolve("schemas/src/main/resources/io/eksform/schemas");
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static Schema schema;

  @TempDir Path dir;

  @BeforeAll
  static void loadSchema() throws Exception {
    String plan = Files.readString(SCHEMAS.resolve("plan.v1.schema.json"));
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_7,
            b -> b.schemas(Map.of("https://eksform.io/schemas/plan.v1.schema.json", plan)));
    schema = registry.getSchema(Files.readString(SCHEMAS.resolve("check.v1.schema.json")));
  }

  @BeforeEach
  void repository() throws Exception {
    CheckCommandTest.branchRepository(dir);
    try (Git git = Git.open(dir.toFile())) {
      Files.move(dir.resolve("clusters/shop.yaml"), dir.resolve("clusters/shop-eu.yaml"));
      Files.writeString(
          dir.resolve("clusters/unreadable.yaml"),
          "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: [unclosed\n");
      GitFiles.commit(git, "rename and break");
    }
  }

  private static List<String> errors(JsonNode document) {
    return schema.validate(document).stream().map(Error::toString).toList();
  }

  private JsonNode check(String... extra) {
    List<String> args = new ArrayList<>(List.of("check", "-C", dir.toString(), "-o", "json"));
    args.addAll(List.of(extra));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertTrue(run.exitCode() <= 1, run.err());
    return MAPPER.readTree(run.out());
  }

  @Test
  void everyKindOfChangedFileValidates() {
    JsonNode out = check("--base", "main");
    assertEquals(List.of(), errors(out), out.toString());
    List<String> kinds = new ArrayList<>();
    out.get("files").forEach(f -> kinds.add(f.get("change").asString()));
    assertTrue(
        kinds.containsAll(List.of("added", "modified", "renamed", "deleted")), kinds.toString());
    assertTrue(out.get("files").toString().contains("\"plan\""), "no plan was rendered");
  }

  @Test
  void allAndChangedLinesValidate() {
    JsonNode all = check("--all");
    assertEquals(List.of(), errors(all), all.toString());
    assertTrue(all.toString().contains("\"unchanged\""), all.toString());
    JsonNode lines = check("--base", "main", "--changed-lines");
    assertEquals(List.of(), errors(lines), lines.toString());
    assertTrue(lines.get("findingsOnUntouchedLines").asLong() > 0, lines.toString());
  }

  @Test
  void theSchemaRejectsAnUnknownChangeKindAndAMissingCount() {
    JsonNode out = check("--base", "main");
    ObjectNode badKind = (ObjectNode) out.deepCopy();
    ((ObjectNode) badKind.get("files").get(0)).put("change", "copied");
    assertFalse(errors(badKind).isEmpty());
    ObjectNode noErrors = (ObjectNode) out.deepCopy();
    noErrors.remove("errors");
    assertFalse(errors(noErrors).isEmpty());
  }

  @Test
  void theSchemaChecksTheEmbeddedPlan() {
    JsonNode out = check("--base", "main");
    ObjectNode bad = (ObjectNode) out.deepCopy();
    for (JsonNode f : bad.get("files")) {
      if (f.has("plan")) {
        ((ObjectNode) f.get("plan")).remove("changes");
      }
    }
    assertFalse(errors(bad).isEmpty(), "a plan without changes passed");
  }
}
