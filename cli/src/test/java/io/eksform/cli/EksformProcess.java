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

  public static EksformProcess run(Path dir, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(java, "-cp", System.getProperty("java.class.path"), "io.eksform.cli.Main"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    CLEARED.forEach(pb.environment()::remove);
    pb.environment().putAll(env);
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), output);
    return new EksformProcess(p.exitValue(), output);
  }
}
