package io.eksform.cli.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCommandTest {
  @TempDir Path dir;

  @Test
  void printsTheClusterConfigSchema() {
    CliRun run = CliRun.of("schema");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("\"$schema\""), run.out().substring(0, 200));
    assertTrue(run.out().contains("fargateProfiles"));
  }

  @Test
  void writesItToAFile() throws IOException {
    Path out = dir.resolve("clusterconfig.schema.json");
    CliRun run = CliRun.of("schema", "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.readString(out).contains("\"$id\""));
  }

  @Test
  void anUnwritablePathIsAClearError() {
    CliRun run = CliRun.of("schema", "--out", dir.resolve("no/such/dir/x.json").toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().startsWith("eksform: cannot write"), run.err());
  }
}
