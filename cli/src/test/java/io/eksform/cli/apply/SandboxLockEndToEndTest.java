package io.eksform.cli.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.CliRun;
import io.eksform.cli.EksformProcess;
import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.aws.AwsTarget;
import io.eksform.engine.lock.ApplyLock;
import io.eksform.engine.lock.LockTable;
import io.eksform.sandbox.Sandbox;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock end to end as a user runs it: separate {@code eksform} processes with {@code --sandbox}
 * in one working directory, so the lock lives in the embedded sandbox's state file between runs.
 */
class SandboxLockEndToEndTest {
  final String example =
      CliRun.projectDir().resolve("examples/prodcatalog/clusterconfig.yaml").toString();

  @TempDir Path dir;

  record Run(int exitCode, String output) {}

  Process start(Map<String, String> env, String... args) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(EksformProcess.command(args)).directory(dir.toFile());
    pb.environment().remove("EKSFORM_LOCK_TABLE");
    pb.environment().remove("AWS_REGION");
    pb.environment().putAll(env);
    pb.redirectErrorStream(true);
    return pb.start();
  }

  Run eksform(Map<String, String> env, String... args) throws IOException, InterruptedException {
    Process p = start(env, args);
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), output);
    return new Run(p.exitValue(), output);
  }

  /** {@code apply} of the example in the embedded sandbox, under the lock table. */
  String[] lockedApply() {
    return new String[] {
      "apply", "-f", example, "--sandbox", "--auto-approve", "--lock-table", "eksform-locks"
    };
  }

  void assertNothingLeftToChange() throws IOException, InterruptedException {
    Run plan = eksform(Map.of(), "plan", "-f", example, "--sandbox", "--detailed-exitcode");
    assertEquals(0, plan.exitCode(), plan.output());
  }

  /** Takes the cluster's lock in the embedded sandbox's state, as a crashed apply leaves it. */
  ApplyLock plantStuckLock() {
    try (Sandbox sandbox = Sandbox.startEmbedded(dir.resolve(".eksform"));
        AwsClients aws =
            new AwsClients(
                new AwsTarget(sandbox.region(), Optional.of(sandbox.endpoint()), true))) {
      return new LockTable(aws.dynamoDb(), "eksform-locks", aws.target(), "")
          .acquire(sandbox.accountId(), "eksworkshop-eksctl", "apply -f crashed.yaml", "0.9");
    }
  }

  @Test
  void anApplyStoppedWithSigtermReleasesItsLock() throws Exception {
    Process apply = start(Map.of(), lockedApply());
    List<String> seen = new ArrayList<>();
    try (BufferedReader out = ProcessLines.of(apply)) {
      ProcessLines.readUntil(out, ProcessLines.PROFILE_CREATING, seen);
      apply.toHandle().destroy(); // SIGTERM; Process.destroy() would also close our pipe
      out.lines().forEach(seen::add);
    }
    assertTrue(apply.waitFor(60, TimeUnit.SECONDS), String.join("\n", seen));
    assertTrue(
        seen.stream().anyMatch(l -> l.matches("eksform: lock ID [0-9a-f-]{36} released")),
        String.join("\n", seen));

    Run next = eksform(Map.of(), lockedApply());
    assertEquals(0, next.exitCode(), next.output());
    assertNothingLeftToChange();
  }

  @Test
  void theSeedAppliesWithTheSandboxLockTableAndAStuckLockIsForceUnlocked() throws Exception {
    ApplyLock stuck = plantStuckLock();
    String id = stuck.info().id();

    Run refused = eksform(Map.of(), lockedApply());
    assertEquals(1, refused.exitCode(), refused.output());
    assertTrue(refused.output().contains("cluster eksworkshop-eksctl is locked"), refused.output());
    assertEquals(
        List.of("*"),
        Files.readAllLines(dir.resolve(".eksform/.gitignore")).stream()
            .filter(l -> !l.startsWith("#"))
            .toList(),
        "the sandbox state is ignored by git");
    assertTrue(
        refused
            .output()
            .contains(
                "eksform force-unlock "
                    + id
                    + " --lock-table eksform-locks -f "
                    + example
                    + " --sandbox"),
        refused.output());

    Run unlocked =
        eksform(
            Map.of(),
            "force-unlock",
            id,
            "--lock-table",
            "eksform-locks",
            "-f",
            example,
            "--sandbox",
            "--force");
    assertEquals(0, unlocked.exitCode(), unlocked.output());
    assertTrue(unlocked.output().contains(stuck.info().holder()), unlocked.output());

    // The table may also come from the environment.
    Run applied =
        eksform(
            Map.of("EKSFORM_LOCK_TABLE", "eksform-locks"),
            "apply",
            "-f",
            example,
            "--sandbox",
            "--auto-approve");
    assertEquals(0, applied.exitCode(), applied.output());
    assertTrue(applied.output().contains("Apply complete: 5 done, 0 failed"), applied.output());
    assertTrue(applied.output().contains("taken on cluster eksworkshop-eksctl"), applied.output());
    assertTrue(applied.output().contains("released"), applied.output());

    assertNothingLeftToChange();
  }
}
