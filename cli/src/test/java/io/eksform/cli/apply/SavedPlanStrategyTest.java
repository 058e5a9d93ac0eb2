package io.eksform.cli.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.CliRun;
import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.aws.AwsTarget;
import io.eksform.sandbox.Sandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code plan --replace-strategy ... --out PLANFILE} records each replacement's strategy, and
 * {@code apply PLANFILE} carries out exactly that one (it takes no strategy of its own).
 */
class SavedPlanStrategyTest {
  static final String CLUSTER = "eksworkshop-eksctl";

  @TempDir Path dir;
  Sandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = SandboxRuns.start(dir, List.of());
    SandboxRuns.credentials();
  }

  @AfterEach
  void stop() {
    sandbox.close();
    SandboxRuns.clearCredentials();
  }

  Path config(String namespace) throws IOException {
    Path file = dir.resolve("fargate-" + namespace + ".yaml");
    Files.writeString(
        file,
        String.join(
            "\n",
            "apiVersion: eksctl.io/v1alpha5",
            "kind: ClusterConfig",
            "metadata:",
            "  name: eksworkshop-eksctl",
            "  region: us-west-2",
            "fargateProfiles:",
            "  - name: fp-a",
            "    selectors:",
            "      - namespace: " + namespace,
            ""));
    return file;
  }

  String endpoint() {
    return sandbox.endpoint().toString();
  }

  List<String> profileNames() {
    try (AwsClients aws =
        new AwsClients(new AwsTarget("us-west-2", Optional.of(sandbox.endpoint()), true))) {
      return aws.eks().listFargateProfiles(r -> r.clusterName(CLUSTER)).fargateProfileNames();
    }
  }

  void created() throws IOException {
    CliRun run =
        CliRun.of(
            "apply",
            "-f",
            config("team-a").toString(),
            "--endpoint-url",
            endpoint(),
            "--auto-approve");
    assertEquals(0, run.exitCode(), run.out() + run.err());
  }

  @Test
  void aSavedDestroyBeforeCreatePlanIsAppliedDestroyBeforeCreate() throws IOException {
    created();
    Path planFile = dir.resolve("replace.plan.json");
    CliRun plan =
        CliRun.of(
            "plan",
            "-f",
            config("team-z").toString(),
            "--endpoint-url",
            endpoint(),
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

    CliRun apply =
        CliRun.of("apply", planFile.toString(), "--endpoint-url", endpoint(), "--allow-destroy");
    assertEquals(0, apply.exitCode(), apply.out() + apply.err());
    assertEquals(List.of("fp-a"), profileNames(), "deleted, then created under its name");
  }

  @Test
  void aSavedPlanMadeWithTheDefaultIsAppliedCreateBeforeDestroy() throws IOException {
    created();
    Path planFile = dir.resolve("replace.plan.json");
    CliRun plan =
        CliRun.of(
            "plan",
            "-f",
            config("team-z").toString(),
            "--endpoint-url",
            endpoint(),
            "--out",
            planFile.toString());
    assertEquals(0, plan.exitCode(), plan.out() + plan.err());
    assertTrue(plan.out().contains("strategy: create-before-destroy (the default: "), plan.out());
    assertTrue(plan.out().contains("Fargate scheduling: no namespace loses it"), plan.out());
    CliRun apply =
        CliRun.of("apply", planFile.toString(), "--endpoint-url", endpoint(), "--allow-destroy");
    assertEquals(0, apply.exitCode(), apply.out() + apply.err());
    List<String> names = profileNames();
    assertEquals(1, names.size(), names.toString());
    assertTrue(names.get(0).startsWith("fp-a-"), names.toString());
  }

  @Test
  void aPlanFromAnOlderEksformThatRecordsNoStrategyIsRefusedBeforeAnythingChanges()
      throws IOException {
    created();
    Path planFile = dir.resolve("replace.plan.json");
    assertEquals(
        0,
        CliRun.of(
                "plan",
                "-f",
                config("team-z").toString(),
                "--endpoint-url",
                endpoint(),
                "--out",
                planFile.toString())
            .exitCode());
    var mapper = JsonMapper.builder().build();
    ObjectNode root = (ObjectNode) mapper.readTree(Files.readString(planFile));
    root.put("formatVersion", "1.0");
    root.get("changes").forEach(c -> ((ObjectNode) c).remove("replacement"));
    Files.writeString(planFile, mapper.writeValueAsString(root));

    CliRun apply =
        CliRun.of("apply", planFile.toString(), "--endpoint-url", endpoint(), "--allow-destroy");
    assertEquals(1, apply.exitCode(), apply.out() + apply.err());
    assertTrue(
        apply
            .err()
            .contains(
                "was made by an older eksform and does not record how to replace"
                    + " fargate_profile.fp-a; nothing was changed"),
        apply.err());
    assertEquals(List.of("fp-a"), profileNames());
  }

  @Test
  void applyOfASavedPlanTakesNoStrategyAndPlanRefusesAnUnknownOne() throws IOException {
    created();
    Path planFile = dir.resolve("replace.plan.json");
    assertEquals(
        0,
        CliRun.of(
                "plan",
                "-f",
                config("team-z").toString(),
                "--endpoint-url",
                endpoint(),
                "--out",
                planFile.toString())
            .exitCode());
    CliRun apply =
        CliRun.of(
            "apply",
            planFile.toString(),
            "--endpoint-url",
            endpoint(),
            "--allow-destroy",
            "--replace-strategy",
            "destroy-before-create");
    assertEquals(2, apply.exitCode(), apply.out() + apply.err());
    assertTrue(apply.err().contains("applied with the replace strategy it records"), apply.err());
    assertEquals(List.of("fp-a"), profileNames(), "nothing changed");

    CliRun bad =
        CliRun.of(
            "plan",
            "-f",
            config("team-z").toString(),
            "--endpoint-url",
            endpoint(),
            "--replace-strategy",
            "whenever");
    assertEquals(2, bad.exitCode(), bad.out() + bad.err());
    assertTrue(bad.err().contains("unknown replace strategy 'whenever'"), bad.err());
  }
}
