package io.eksform.cli.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** Fargate profiles: creates serialised per cluster, and replacements. */
class FargateApplyTest {
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

  static String config(String profiles) {
    return String.join(
        "\n",
        "apiVersion: eksctl.io/v1alpha5",
        "kind: ClusterConfig",
        "metadata:",
        "  name: eksworkshop-eksctl",
        "  region: us-west-2",
        "fargateProfiles:",
        profiles,
        "");
  }

  static String profile(String name, String namespace) {
    return String.join(
        "\n", "  - name: " + name, "    selectors:", "      - namespace: " + namespace);
  }

  Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  CliRun apply(Path file, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "apply",
                "-f",
                file.toString(),
                "--endpoint-url",
                sandbox.endpoint().toString(),
                "--auto-approve",
                "-o",
                "json"));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  List<String> profileNames() {
    try (AwsClients aws =
        new AwsClients(new AwsTarget("us-west-2", Optional.of(sandbox.endpoint()), true))) {
      return aws.eks().listFargateProfiles(r -> r.clusterName(CLUSTER)).fargateProfileNames();
    }
  }

  @Test
  void twoProfilesAreCreatedOneAtATimeWithoutFightingTheCluster() throws IOException {
    Path file =
        write("two.yaml", config(profile("fp-a", "team-a") + "\n" + profile("fp-b", "team-b")));
    CliRun run = apply(file);
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(profileNames().containsAll(List.of("fp-a", "fp-b")), profileNames().toString());
    // The per-cluster lock orders the creates, so EKS never answers "another profile is CREATING".
    assertFalse(run.out().contains("\"retried\""), run.out());
    int aDone = run.out().indexOf("\"succeeded\",\"address\":\"fargate_profile.fp-a\"");
    int bDone = run.out().indexOf("\"succeeded\",\"address\":\"fargate_profile.fp-b\"");
    assertTrue(aDone > 0 && bDone > 0, run.out());
    assertEquals(
        0,
        CliRun.of(
                "plan",
                "-f",
                file.toString(),
                "--endpoint-url",
                sandbox.endpoint().toString(),
                "--detailed-exitcode")
            .exitCode());
  }

  @Test
  void aChangedSelectorReplacesTheProfileOnlyWithAllowDestroy() throws IOException {
    assertEquals(0, apply(write("one.yaml", config(profile("fp-a", "team-a")))).exitCode());
    Path changed = write("changed.yaml", config(profile("fp-a", "team-z")));

    CliRun refused = apply(changed);
    assertEquals(1, refused.exitCode(), refused.out() + refused.err());
    assertTrue(refused.err().contains("--allow-destroy"), refused.err());

    CliRun run = apply(changed, "--allow-destroy");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    List<String> names = profileNames();
    assertEquals(1, names.size(), names.toString());
    assertTrue(names.get(0).startsWith("fp-a-"), "a suffixed replacement: " + names);
    CliRun plan =
        CliRun.of(
            "plan",
            "-f",
            changed.toString(),
            "--endpoint-url",
            sandbox.endpoint().toString(),
            "--detailed-exitcode");
    // The next plan matches the suffixed profile by its tag: it stands for the config's profile,
    // so nothing changes.
    assertEquals(0, plan.exitCode(), plan.out() + plan.err());
    CliRun again = apply(changed, "--allow-destroy");
    assertEquals(0, again.exitCode(), again.out() + again.err());
    assertEquals(names, profileNames());
  }

  @Test
  void destroyBeforeCreateKeepsTheName() throws IOException {
    assertEquals(0, apply(write("one.yaml", config(profile("fp-a", "team-a")))).exitCode());
    CliRun run =
        apply(
            write("changed.yaml", config(profile("fp-a", "team-z"))),
            "--allow-destroy",
            "--replace-strategy",
            "destroy-before-create");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals(List.of("fp-a"), profileNames());
  }
}
