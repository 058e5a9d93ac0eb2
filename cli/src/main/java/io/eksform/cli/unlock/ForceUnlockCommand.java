package io.eksform.cli.unlock;

import io.eksform.cli.common.AwsOptions;
import io.eksform.cli.common.ExitCodeLines;
import io.eksform.cli.common.UserError;
import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.aws.AwsErrors;
import io.eksform.engine.aws.AwsTarget;
import io.eksform.engine.lock.LockInfo;
import io.eksform.engine.lock.LockTable;
import io.eksform.engine.run.RegionSetting;
import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eksform force-unlock LOCK_ID}: removes an apply lock that a crashed apply left. */
@Command(
    name = "force-unlock",
    mixinStandardHelpOptions = true,
    description = {
      "Remove a stuck apply lock (one a crashed apply left), after confirmation.",
      "Only the lock with the given ID is removed; a wrong ID is refused, naming",
      "the lock that holds the cluster. Make sure that apply no longer runs:",
      "removing a live lock lets two applies run at once."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the lock was removed",
      "1:error, no such lock, or a refused confirmation",
      "2:usage error",
      ExitCodeLines.INTERNAL
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eksform force-unlock LOCK_ID --lock-table eksform-locks -f cluster.yaml",
      "  eksform force-unlock LOCK_ID --lock-table locks --force \\",
      "      --cluster shop --region eu-west-1"
    })
public final class ForceUnlockCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin AwsOptions aws;

  @Parameters(index = "0", paramLabel = "LOCK_ID", description = "The lock ID an apply named.")
  String lockId;

  @Option(
      names = "--lock-table",
      paramLabel = "TABLE",
      defaultValue = "${env:EKSFORM_LOCK_TABLE}",
      description = "The DynamoDB table of the lock (default: $EKSFORM_LOCK_TABLE).")
  String lockTable;

  @Option(
      names = {"-f", "--file"},
      paramLabel = "CONFIG",
      description = "The ClusterConfig of the locked cluster.")
  String file;

  @Option(names = "--cluster", paramLabel = "NAME", description = "The locked cluster's name.")
  String cluster;

  @Option(
      names = "--region",
      paramLabel = "REGION",
      description = "The locked cluster's region (with -f: it must agree with metadata.region).")
  String region;

  @Option(names = "--force", description = "Remove without asking.")
  boolean force;

  private String where = "";

  @Override
  public Integer call() {
    if (lockTable == null || lockTable.isBlank()) {
      throw new UserError(
          "force-unlock needs the lock table",
          "give --lock-table TABLE (or set EKSFORM_LOCK_TABLE)",
          2);
    }
    Path workingDir = Path.of("").toAbsolutePath();
    LockedCluster locked =
        LockedCluster.resolve(
            file, cluster, region, workingDir, RegionSetting.fromEnvironment(System.getenv()));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (AwsOptions awsOptions = aws) {
      AwsTarget target = awsOptions.target(locked.region(), workingDir, err);
      where =
          (file != null
                  ? " -f " + file
                  : " --cluster " + locked.name() + " --region " + locked.region())
              + awsOptions.flags();
      try (AwsClients clients = new AwsClients(target)) {
        String account =
            AwsErrors.call("sts:GetCallerIdentity", target, () -> clients.sts().getCallerIdentity())
                .account();
        LockTable table = new LockTable(clients.dynamoDb(), lockTable, target, "");
        String key = LockInfo.keyOf(account, locked.region(), locked.name());
        LockInfo current = table.current(key).orElseThrow(() -> noLock(locked));
        if (!current.id().equals(lockId)) {
          throw wrongId(locked, current);
        }
        confirm(current);
        LockTable.Removal removal = table.remove(key, lockId);
        LockInfo removed =
            removal
                .removed()
                .orElseThrow(
                    () ->
                        removal.heldInstead().map(h -> wrongId(locked, h)).orElse(noLock(locked)));
        out.println(
            "eksform: removed the lock of cluster " + locked.name() + ": " + removed.describe());
        out.flush();
        return 0;
      }
    }
  }

  private void confirm(LockInfo current) {
    if (force) {
      return;
    }
    Console console = System.console();
    if (console == null) {
      throw new UserError(
          "force-unlock needs a confirmation and there is no terminal to ask on; nothing was"
              + " removed",
          "make sure that apply is no longer running, then add --force",
          1);
    }
    String answer =
        console.readLine(
            "%s",
            "Remove the "
                + current.describe()
                + "? Another apply may then run at once. Only 'yes' removes it: ");
    if (answer == null || !answer.strip().equals("yes")) {
      throw new UserError(
          "force-unlock cancelled; nothing was removed", "answer 'yes' to remove", 1);
    }
  }

  private UserError noLock(LockedCluster locked) {
    return new UserError(
        "no lock is held on cluster "
            + locked.name()
            + " in region "
            + locked.region()
            + " (table "
            + lockTable
            + "); nothing was removed",
        "check the cluster, region and --lock-table",
        1);
  }

  private UserError wrongId(LockedCluster locked, LockInfo holder) {
    return new UserError(
        "lock ID "
            + lockId
            + " does not hold cluster "
            + locked.name()
            + "; the "
            + holder.describe()
            + " does; nothing was removed",
        "if that lock is the stuck one, run: eksform force-unlock "
            + holder.id()
            + " --lock-table "
            + lockTable
            + where,
        1);
  }
}
