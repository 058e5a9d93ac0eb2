package io.eksform.cli.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.CliRun;
import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.aws.AwsTarget;
import io.eksform.engine.lock.ApplyLock;
import io.eksform.engine.lock.LockInfo;
import io.eksform.engine.lock.LockTable;
import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.http.FaultRule;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eksform apply --lock-table} and {@code force-unlock} against an in-test sandbox. */
class ApplyLockTest {
  static final String KEY = "123456789012/us-west-2/eksworkshop-eksctl";

  final String example =
      CliRun.projectDir().resolve("examples/prodcatalog/clusterconfig.yaml").toString();

  @TempDir Path dir;
  Sandbox sandbox;
  AwsClients aws;

  @BeforeEach
  void start() {
    sandbox = SandboxRuns.start(dir, List.of());
    SandboxRuns.credentials();
    aws = new AwsClients(new AwsTarget("us-west-2", Optional.of(sandbox.endpoint()), true));
  }

  @AfterEach
  void stop() {
    aws.close();
    sandbox.close();
    SandboxRuns.clearCredentials();
  }

  String endpoint() {
    return sandbox.endpoint().toString();
  }

  LockTable locks() {
    return locks(aws);
  }

  static LockTable locks(AwsClients aws) {
    return new LockTable(aws.dynamoDb(), "eksform-locks", aws.target(), "");
  }

  CliRun apply(String table) {
    return applyTo(endpoint(), table);
  }

  CliRun applyTo(String endpoint, String table) {
    return CliRun.of(
        "apply",
        "-f",
        example,
        "--endpoint-url",
        endpoint,
        "--auto-approve",
        "--lock-table",
        table);
  }

  /**
   * {@code force-unlock ID} of the example's cluster in the sandbox's lock table, plus {@code
   * more}.
   */
  CliRun forceUnlock(String id, String... more) {
    return CliRun.of(
        SandboxApply.argv(
            List.of(
                "force-unlock",
                id,
                "--lock-table",
                "eksform-locks",
                "-f",
                example,
                "--endpoint-url",
                endpoint()),
            more));
  }

  int eksformRoles() {
    return aws.iam().listRoles(r -> r.pathPrefix("/eksform/")).roles().size();
  }

  @Test
  void anApplyTakesTheLockAndReleasesIt() {
    CliRun run = apply("eksform-locks");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("Apply complete: 5 done, 0 failed"), run.out());
    assertFalse(run.err().contains("no lock is held"), run.err());
    assertTrue(
        run.err().matches("(?s).*lock ID [0-9a-f-]{36} taken on cluster eksworkshop-eksctl.*"),
        run.err());
    assertTrue(run.err().matches("(?s).*lock ID [0-9a-f-]{36} released.*"), run.err());
    assertEquals(Optional.empty(), locks().current(KEY));
  }

  @Test
  void anApplyWithAFailedChangeStillReleasesTheLock() {
    FaultRule fault = new FaultRule("CreateFargateProfile", Duration.ZERO, 0, 1.0, 0);
    try (Sandbox broken = SandboxRuns.start(dir.resolve("broken"), List.of(fault));
        AwsClients brokenAws =
            new AwsClients(new AwsTarget("us-west-2", Optional.of(broken.endpoint()), true))) {
      CliRun run =
          SandboxRuns.tryingOnce(() -> applyTo(broken.endpoint().toString(), "eksform-locks"));
      assertEquals(1, run.exitCode(), run.out() + run.err());
      assertTrue(run.out().contains("Apply incomplete"), run.out());
      assertTrue(run.err().matches("(?s).*lock ID [0-9a-f-]{36} released.*"), run.err());
      assertEquals(Optional.empty(), locks(brokenAws).current(KEY));
    }
  }

  @Test
  void anApplyWhileLockedChangesNothingAndNamesTheHolderThenForceUnlockFreesTheCluster() {
    ApplyLock stuck = locks().acquire("123456789012", "eksworkshop-eksctl", "apply -f x", "0.9");
    String id = stuck.info().id();

    CliRun refused = apply("eksform-locks");
    assertEquals(1, refused.exitCode(), refused.out() + refused.err());
    assertTrue(refused.err().contains("cluster eksworkshop-eksctl is locked"), refused.err());
    assertTrue(refused.err().contains(stuck.info().holder()), refused.err());
    assertTrue(refused.err().contains(stuck.info().created().toString()), refused.err());
    assertTrue(
        refused
            .err()
            .contains(
                "eksform force-unlock "
                    + id
                    + " --lock-table eksform-locks -f "
                    + example
                    + " --endpoint-url "
                    + endpoint()),
        refused.err());
    assertEquals(0, eksformRoles(), "nothing was applied");
    assertEquals(Optional.of(stuck.info()), locks().current(KEY), "the holder keeps its lock");

    CliRun unlock = forceUnlock(id, "--force");
    assertEquals(0, unlock.exitCode(), unlock.out() + unlock.err());
    assertTrue(
        unlock.out().contains("removed the lock of cluster eksworkshop-eksctl"), unlock.out());
    assertTrue(unlock.out().contains(stuck.info().holder()), unlock.out());
    assertEquals(Optional.empty(), locks().current(KEY));

    CliRun applied = apply("eksform-locks");
    assertEquals(0, applied.exitCode(), applied.out() + applied.err());
    assertEquals(2, eksformRoles());
  }

  @Test
  void forceUnlockWithAWrongIdIsRefusedNamingTheLockThatHoldsTheCluster() {
    ApplyLock held = locks().acquire("123456789012", "eksworkshop-eksctl", "apply", "0.9");
    CliRun run =
        CliRun.of(
            "force-unlock",
            "00000000-0000-4000-8000-000000000000",
            "--lock-table",
            "eksform-locks",
            "--cluster",
            "eksworkshop-eksctl",
            "--region",
            "us-west-2",
            "--endpoint-url",
            endpoint(),
            "--force");
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(
        run.err().contains("lock ID 00000000-0000-4000-8000-000000000000 does not hold cluster"),
        run.err());
    assertTrue(run.err().contains("the lock ID " + held.info().id()), run.err());
    assertTrue(
        run.err()
            .contains(
                "eksform force-unlock "
                    + held.info().id()
                    + " --lock-table eksform-locks --cluster eksworkshop-eksctl --region us-west-2"
                    + " --endpoint-url "
                    + endpoint()),
        run.err());
    assertEquals(Optional.of(held.info()), locks().current(KEY));
  }

  @Test
  void forceUnlockWithoutATerminalAndWithoutForceRemovesNothing() {
    ApplyLock held = locks().acquire("123456789012", "eksworkshop-eksctl", "apply", "0.9");
    CliRun run = forceUnlock(held.info().id());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains("no terminal"), run.err());
    assertTrue(run.err().contains("--force"), run.err());
    assertEquals(Optional.of(held.info()), locks().current(KEY));
  }

  @Test
  void forceUnlockWhenNoLockIsHeldSaysSo() {
    CliRun run = forceUnlock("some-id", "--force");
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(
        run.err().contains("no lock is held on cluster eksworkshop-eksctl in region us-west-2"),
        run.err());
  }

  @Test
  void forceUnlockNeedsATableAndACluster() {
    CliRun noTable = CliRun.of("force-unlock", "id", "-f", example, "--endpoint-url", endpoint());
    assertEquals(2, noTable.exitCode(), noTable.err());
    assertTrue(noTable.err().contains("--lock-table"), noTable.err());
    CliRun noCluster =
        CliRun.of("force-unlock", "id", "--lock-table", "t-1", "--endpoint-url", endpoint());
    assertEquals(2, noCluster.exitCode(), noCluster.err());
    assertTrue(noCluster.err().contains("--cluster NAME and --region REGION"), noCluster.err());
  }

  @Test
  void aMissingLockTableChangesNothingAndSaysHowToCreateIt() {
    CliRun run = apply("no-such-locks");
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(
        run.err().contains("the lock table no-such-locks does not exist in region us-west-2"),
        run.err());
    assertTrue(
        run.err()
            .contains(
                "aws dynamodb create-table --table-name no-such-locks"
                    + " --attribute-definitions AttributeName=LockID,AttributeType=S"
                    + " --key-schema AttributeName=LockID,KeyType=HASH"),
        run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertEquals(0, eksformRoles());
  }

  @Test
  void aSavedPlanThatAnotherApplyMadeStaleIsRefusedAndLeavesNoLock() {
    Path planFile = dir.resolve("seed.plan.json");
    CliRun plan =
        CliRun.of(
            "plan", "-f", example, "--endpoint-url", endpoint(), "--out", planFile.toString());
    assertEquals(0, plan.exitCode(), plan.err());
    assertEquals(0, apply("eksform-locks").exitCode(), "another apply ran in between");
    CliRun stale =
        CliRun.of(
            "apply",
            planFile.toString(),
            "--endpoint-url",
            endpoint(),
            "--lock-table",
            "eksform-locks");
    assertEquals(1, stale.exitCode(), stale.out() + stale.err());
    assertTrue(stale.err().contains("is stale"), stale.err());
    assertEquals(Optional.<LockInfo>empty(), locks().current(KEY), "the lock is released");
  }
}
