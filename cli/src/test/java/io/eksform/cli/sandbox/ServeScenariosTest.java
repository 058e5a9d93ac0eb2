package io.eksform.cli.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.EksformProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.eks.model.ClusterStatus;

/**
 * {@code eksform sandbox serve --scenario NAME} serves each eksctl scenario: a separate process
 * prints its environment, and the scenario's cluster answers there.
 */
class ServeScenariosTest {

  @ParameterizedTest
  @CsvSource({"eksworkshop-eksctl-done, eksworkshop-eksctl", "eksctl-created, cluster-26"})
  void serveAcceptsTheScenario(String scenario, String cluster) throws Exception {
    Process serve =
        new ProcessBuilder(
                EksformProcess.command("sandbox", "serve", "--port", "0", "--scenario", scenario))
            .redirectErrorStream(true)
            .start();
    try {
      List<String> seen = new ArrayList<>();
      String endpoint = endpoint(serve, seen);
      assertNotNull(endpoint, String.join("\n", seen));
      assertTrue(
          seen.stream().anyMatch(l -> l.startsWith("scenario " + scenario)), seen.toString());
      try (EksClient eks =
          EksClient.builder()
              .endpointOverride(URI.create(endpoint))
              .region(Region.US_WEST_2)
              .credentialsProvider(
                  StaticCredentialsProvider.create(
                      AwsBasicCredentials.create(
                          io.eksform.sandbox.http.SandboxKeys.ACCESS_KEY_ID,
                          io.eksform.sandbox.http.SandboxKeys.SECRET_ACCESS_KEY)))
              .build()) {
        assertEquals(
            ClusterStatus.ACTIVE, eks.describeCluster(r -> r.name(cluster)).cluster().status());
      }
    } finally {
      serve.destroy();
      assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve stops on SIGTERM");
    }
  }

  /** Reads the banner up to its last line and returns the exported endpoint, or null. */
  static String endpoint(Process serve, List<String> seen) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
    String endpoint = null;
    String line;
    while ((line = out.readLine()) != null) {
      seen.add(line);
      String export = "export AWS_ENDPOINT_URL=";
      if (line.strip().startsWith(export)) {
        endpoint = line.strip().substring(export.length());
      }
      if (line.startsWith("Stop with Ctrl-C.")) {
        break;
      }
    }
    return endpoint;
  }
}
