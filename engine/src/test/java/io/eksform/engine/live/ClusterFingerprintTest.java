package io.eksform.engine.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A cluster's fingerprint covers its settings, not where its API answers: a saved plan stays valid
 * when the API endpoint or its certificate changes (a sandbox restarted on another port, a rotated
 * certificate), and goes stale when a setting changes.
 */
class ClusterFingerprintTest {
  private static LiveCluster cluster(String endpoint, String ca, String version) {
    return new LiveCluster(
        "c",
        "arn:c",
        version,
        "ACTIVE",
        endpoint,
        ca,
        Optional.of("https://issuer/id/1"),
        "vpc-1",
        List.of("subnet-1"),
        new TreeSet<>(),
        true,
        false,
        Map.of());
  }

  private static String fingerprint(LiveCluster c) {
    return Fingerprints.of(c.withoutConnection());
  }

  @Test
  void anotherEndpointOrCertificateKeepsTheFingerprint() {
    assertEquals(
        fingerprint(cluster("https://127.0.0.1:4000/k8s/c", "ca-1", "1.32")),
        fingerprint(cluster("https://127.0.0.1:5000/k8s/c", "ca-2", "1.32")));
  }

  @Test
  void anotherVersionChangesIt() {
    assertNotEquals(
        fingerprint(cluster("https://e", "ca", "1.32")),
        fingerprint(cluster("https://e", "ca", "1.33")));
  }
}
