package io.eksform.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An {@code eksform} run in a process of its own, in a folder and with environment variables of the
 * test's choosing (an in-process run sees the test's environment, which a test cannot change). The
 * variables that steer eksform's AWS target are removed unless the test sets them.
 */
public record EksformProcess(int exitCode, String output) {
  private static final List<String> CLEARED =
      List.of("AWS_REGION", "AWS_DEFAULT_REGION", "AWS_ENDPOINT_URL", "EKSFORM_LOCK_TABLE");

  /**
   * JVM options for an eksform process that lives seconds: the C1 compiler alone and the serial
   * collector take about half the CPU of the defaults there (C2 and a parallel collector pay off
   * only in long runs), which counts when the suite starts dozens of them on a shared machine.
   */
  public static final List<String> JVM_OPTIONS =
      List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

  /** The command line that runs eksform with these arguments from the test's class path. */
  public static List<String> command(String... args) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(JVM_OPTIONS);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.eksform.cli.Main"));
    command.addAll(List.of(args));
    return command;
  }

  public static EksformProcess run(Path dir, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command(args)).directory(dir.toFile());
    CLEARED.forEach(pb.environment()::remove);
    pb.environment().putAll(env);
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), output);
    return new EksformProcess(p.exitValue(), output);
  }
}
