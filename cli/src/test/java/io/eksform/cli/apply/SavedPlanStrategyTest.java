package io.eksform.cli.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code plan --replace-strategy ... --out PLANFILE} records each replacement's strategy, and
 * {@code apply PLANFILE} carries out exactly that one (it takes no strategy of its own).
 */
class SavedPlanStrategyTest {
  @TempDir Path dir;
  @RegisterExtension final SandboxApply sandbox = new SandboxApply(() -> dir);
  Path planFile;

  /** Every test starts from fp-a selecting team-a, applied. */
  @BeforeEach
  void created() throws IOException {
    planFile = dir.resolve("replace.plan.json");
    CliRun run =
        CliRun.of(
            "apply",
            "-f",
            sandbox.fargateConfig("team-a").toString(),
            "--endpoint-url",
            sandbox.endpoint(),
            "--auto-approve");
    assertEquals(0, run.exitCode(), run.out() + run.err());
  }

  /**
   * Runs {@code plan} of the config that moves fp-a to team-z, a replacement, with {@code more}.
   */
  CliRun planReplacement(String... more) throws IOException {
    return CliRun.of(
        SandboxApply.argv(
            List.of(
                "plan",
                "-f",
                sandbox.fargateConfig("team-z").toString(),
                "--endpoint-url",
                sandbox.endpoint()),
            more));
  }

  /** Runs {@code apply PLANFILE --allow-destroy} with {@code more}. */
  CliRun applySaved(String... more) {
    return CliRun.of(
        SandboxApply.argv(
            List.of(
                "apply",
                planFile.toString(),
                "--endpoint-url",
                sandbox.endpoint(),
                "--allow-destroy"),
            more));
  }

  @Test
  void aSavedDestroyBeforeCreatePlanIsAppliedDestroyBeforeCreate() throws IOException {
    CliRun plan =
        planReplacement(
            "--replace-strategy",
            "destroy-before-create",
            "--out",
            planFile.toString(),
            "--format",
            "json");
    assertEquals(0, plan.exitCode(), plan.out() + plan.err());
    String saved = Files.readString(planFile);
    assertTrue(saved.contains("\"strategy\": \"destroy-before-create\""), saved);
    assertTrue(saved.contains("\"namespacesLosingFargateScheduling\": [\n"), saved);
    assertTrue(saved.contains("\"team-a\""), saved);

    CliRun apply = applySaved();
    assertEquals(0, apply.exitCode(), apply.out() + apply.err());
    assertEquals(List.of("fp-a"), sandbox.profileNames(), "deleted, then created under its name");
  }

  @Test
  void aSavedPlanMadeWithTheDefaultIsAppliedCreateBeforeDestroy() throws IOException {
    CliRun plan = planReplacement("--out", planFile.toString());
    assertEquals(0, plan.exitCode(), plan.out() + plan.err());
    assertTrue(plan.out().contains("strategy: create-before-destroy (the default: "), plan.out());
    assertTrue(plan.out().contains("Fargate scheduling: no namespace loses it"), plan.out());
    CliRun apply = applySaved();
    assertEquals(0, apply.exitCode(), apply.out() + apply.err());
    List<String> names = sandbox.profileNames();
    assertEquals(1, names.size(), names.toString());
    assertTrue(names.get(0).startsWith("fp-a-"), names.toString());
  }

  @Test
  void aPlanFromAnOlderEksformThatRecordsNoStrategyIsRefusedBeforeAnythingChanges()
      throws IOException {
    assertEquals(0, planReplacement("--out", planFile.toString()).exitCode());
    var mapper = JsonMapper.builder().build();
    ObjectNode root = (ObjectNode) mapper.readTree(Files.readString(planFile));
    root.put("formatVersion", "1.0");
    root.get("changes").forEach(c -> ((ObjectNode) c).remove("replacement"));
    Files.writeString(planFile, mapper.writeValueAsString(root));

    CliRun apply = applySaved();
    assertEquals(1, apply.exitCode(), apply.out() + apply.err());
    assertTrue(
        apply
            .err()
            .contains(
                "was made by an older eksform and does not record how to replace"
                    + " fargate_profile.fp-a; nothing was changed"),
        apply.err());
    assertEquals(List.of("fp-a"), sandbox.profileNames());
  }

  @Test
  void applyOfASavedPlanTakesNoStrategyAndPlanRefusesAnUnknownOne() throws IOException {
    assertEquals(0, planReplacement("--out", planFile.toString()).exitCode());
    CliRun apply = applySaved("--replace-strategy", "destroy-before-create");
    assertEquals(2, apply.exitCode(), apply.out() + apply.err());
    assertTrue(apply.err().contains("applied with the replace strategy it records"), apply.err());
    assertEquals(List.of("fp-a"), sandbox.profileNames(), "nothing changed");

    CliRun bad = planReplacement("--replace-strategy", "whenever");
    assertEquals(2, bad.exitCode(), bad.out() + bad.err());
    assertTrue(bad.err().contains("unknown replace strategy 'whenever'"), bad.err());
  }
}
