package io.eksform.cli.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.CliRun;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** The mistakes a user can make with {@code eksform sandbox serve} end in clear messages. */
class ServeCommandTest {

  @Test
  void helpNamesTheOptions() {
    CliRun run = CliRun.of("sandbox", "serve", "--help");
    assertEquals(0, run.exitCode());
    for (String option :
        new String[] {
          "--port",
          "--scenario",
          "--state",
          "--bind",
          "--time-scale",
          "--realistic",
          "--request-log",
          "--fault"
        }) {
      assertTrue(run.out().contains(option), option);
    }
  }

  @Test
  void contradictoryTimeOptionsAreAUsageError() {
    CliRun run = CliRun.of("sandbox", "serve", "--realistic", "--time-scale", "1");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--realistic and --time-scale contradict each other"), run.err());
  }

  @Test
  void unknownScenarioSaysWhichExist() {
    CliRun run = CliRun.of("sandbox", "serve", "--port", "0", "--scenario", "nope");
    assertEquals(2, run.exitCode());
    assertTrue(
        run.err()
            .contains("use one of [empty, eksworkshop, eksworkshop-eksctl-done, eksctl-created]"),
        run.err());
  }

  @Test
  void badFaultSaysHowToWriteOne() {
    CliRun run = CliRun.of("sandbox", "serve", "--port", "0", "--fault", "DescribeCluster");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("must look like Operation:"), run.err());
  }

  @Test
  void busyPortSuggestsAnother() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      CliRun run = CliRun.of("sandbox", "serve", "--port", String.valueOf(taken.getLocalPort()));
      assertEquals(1, run.exitCode());
      assertTrue(run.err().contains("choose another --port"), run.err());
    }
  }
}
