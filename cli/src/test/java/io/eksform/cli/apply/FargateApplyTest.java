package io.eksform.cli.apply;

import static io.eksform.cli.apply.SandboxApply.config;
import static io.eksform.cli.apply.SandboxApply.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.CliRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Fargate profiles: creates serialised per cluster, and replacements. */
class FargateApplyTest {
  @TempDir Path dir;
  @RegisterExtension final SandboxApply sandbox = new SandboxApply(() -> dir);

  CliRun apply(Path file, String... more) {
    return CliRun.of(
        SandboxApply.argv(
            List.of(
                "apply",
                "-f",
                file.toString(),
                "--endpoint-url",
                sandbox.endpoint(),
                "--auto-approve",
                "-o",
                "json"),
            more));
  }

  @Test
  void twoProfilesAreCreatedOneAtATimeWithoutFightingTheCluster() throws IOException {
    Path file =
        sandbox.write(
            "two.yaml", config(profile("fp-a", "team-a") + "\n" + profile("fp-b", "team-b")));
    CliRun run = apply(file);
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(
        sandbox.profileNames().containsAll(List.of("fp-a", "fp-b")),
        sandbox.profileNames().toString());
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
                sandbox.endpoint(),
                "--detailed-exitcode")
            .exitCode());
  }

  @Test
  void aChangedSelectorReplacesTheProfileOnlyWithAllowDestroy() throws IOException {
    assertEquals(0, apply(sandbox.write("one.yaml", config(profile("fp-a", "team-a")))).exitCode());
    Path changed = sandbox.write("changed.yaml", config(profile("fp-a", "team-z")));

    CliRun refused = apply(changed);
    assertEquals(1, refused.exitCode(), refused.out() + refused.err());
    assertTrue(refused.err().contains("--allow-destroy"), refused.err());

    CliRun run = apply(changed, "--allow-destroy");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    List<String> names = sandbox.profileNames();
    assertEquals(1, names.size(), names.toString());
    assertTrue(names.get(0).startsWith("fp-a-"), "a suffixed replacement: " + names);
    CliRun plan =
        CliRun.of(
            "plan",
            "-f",
            changed.toString(),
            "--endpoint-url",
            sandbox.endpoint(),
            "--detailed-exitcode");
    // The next plan matches the suffixed profile by its tag: it stands for the config's profile,
    // so nothing changes.
    assertEquals(0, plan.exitCode(), plan.out() + plan.err());
    CliRun again = apply(changed, "--allow-destroy");
    assertEquals(0, again.exitCode(), again.out() + again.err());
    assertEquals(names, sandbox.profileNames());
  }

  @Test
  void destroyBeforeCreateKeepsTheName() throws IOException {
    assertEquals(0, apply(sandbox.write("one.yaml", config(profile("fp-a", "team-a")))).exitCode());
    CliRun run =
        apply(
            sandbox.write("changed.yaml", config(profile("fp-a", "team-z"))),
            "--allow-destroy",
            "--replace-strategy",
            "destroy-before-create");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals(List.of("fp-a"), sandbox.profileNames());
  }
}
