package io.eksform.cli.apply;

import io.eksform.engine.apply.ApplySettings;
import io.eksform.engine.apply.EventSink;
import io.eksform.engine.apply.JsonEvents;
import io.eksform.engine.apply.TextEvents;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The flags of a command that carries out a plan ({@code apply}, {@code destroy}): how many changes
 * run at once, how progress is printed, and the table that holds the cluster's lock.
 */
public final class RunFlags {
  @Option(
      names = "--parallelism",
      paramLabel = "N",
      defaultValue = "10",
      description = "How many changes run at once (default: ${DEFAULT-VALUE}).")
  int parallelism;

  @Option(
      names = {"-o", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Progress as text or json (JSON lines) (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--lock-table",
      paramLabel = "TABLE",
      defaultValue = "${env:EKSFORM_LOCK_TABLE}",
      description =
          "DynamoDB table (partition key LockID, a string) that holds the cluster's apply lock"
              + " (default: $EKSFORM_LOCK_TABLE); without one, no lock is taken.")
  String lockTable;

  /** Refuses a parallelism or a format out of range, as a usage error. */
  void check(CommandSpec spec) {
    if (parallelism < 1 || parallelism > 64) {
      throw new ParameterException(spec.commandLine(), "--parallelism must be between 1 and 64");
    }
    if (!format.equals("text") && !format.equals("json")) {
      throw new ParameterException(
          spec.commandLine(), "unknown format '" + format + "': use text or json");
    }
  }

  boolean json() {
    return format.equals("json");
  }

  String lockTable() {
    return lockTable;
  }

  ApplySettings settings() {
    return ApplySettings.defaults().withParallelism(parallelism);
  }

  /** Where progress goes: JSON lines or text on {@code out}. */
  EventSink events(PrintWriter out) {
    return json() ? new JsonEvents(out) : new TextEvents(out);
  }
}
