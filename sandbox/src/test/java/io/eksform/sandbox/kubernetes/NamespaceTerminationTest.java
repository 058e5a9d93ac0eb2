package io.eksform.sandbox.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A deleted namespace, as the fabric8 client sees it: Terminating for the termination time, closed
 * to new content, then gone with everything it held.
 */
class NamespaceTerminationTest {
  private static final String CLUSTER = "c";
  private static final Duration TERMINATION = Duration.ofMillis(400);

  private TestServer server;
  private KubernetesClient client;

  @BeforeEach
  void start() throws Exception {
    KubernetesStore store = KubernetesStore.empty(TERMINATION);
    store.ensureCluster(CLUSTER);
    server = TestServer.start(store);
    Config config =
        new ConfigBuilder(Config.empty())
            .withMasterUrl(server.endpoint(CLUSTER))
            .withOauthToken(Tokens.forCluster(CLUSTER))
            .withRequestRetryBackoffLimit(0)
            .build();
    client = new KubernetesClientBuilder().withConfig(config).build();
    client
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName("team").endMetadata().build())
        .create();
    client
        .serviceAccounts()
        .inNamespace("team")
        .resource(
            new ServiceAccountBuilder().withNewMetadata().withName("app").endMetadata().build())
        .create();
    client
        .pods()
        .inNamespace("team")
        .resource(
            new PodBuilder()
                .withNewMetadata()
                .withName("web")
                .endMetadata()
                .withNewSpec()
                .addNewContainer()
                .withName("web")
                .withImage("nginx")
                .endContainer()
                .endSpec()
                .build())
        .create();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void aDeletedNamespaceIsTerminatingThenGoneWithItsContent() throws Exception {
    Instant deleted = Instant.now();
    assertEquals(1, client.namespaces().withName("team").delete().size());

    Namespace terminating = client.namespaces().withName("team").get();
    if (Duration.between(deleted, Instant.now()).compareTo(TERMINATION) < 0) {
      assertNotNull(terminating);
      assertEquals("Terminating", terminating.getStatus().getPhase());
      assertNotNull(terminating.getMetadata().getDeletionTimestamp());
    }
    waitUntilGone();
    assertTrue(client.pods().inNamespace("team").list().getItems().isEmpty());
    assertTrue(client.serviceAccounts().inNamespace("team").list().getItems().isEmpty());
  }

  @Test
  void aTerminatingNamespaceTakesNoNewContentAndIsNotDeletedTwice() throws Exception {
    client.namespaces().withName("team").delete();

    KubernetesClientException create =
        assertThrows(
            KubernetesClientException.class,
            () ->
                client
                    .serviceAccounts()
                    .inNamespace("team")
                    .resource(
                        new ServiceAccountBuilder()
                            .withNewMetadata()
                            .withName("late")
                            .endMetadata()
                            .build())
                    .create());
    assertEquals(403, create.getCode());
    assertEquals(
        "serviceaccounts \"late\" is forbidden: unable to create new content in namespace team"
            + " because it is being terminated",
        create.getStatus().getMessage());
    KubernetesClientException again =
        assertThrows(
            KubernetesClientException.class, () -> client.namespaces().withName("team").delete());
    assertEquals(409, again.getCode());
    assertTrue(
        again.getStatus().getMessage().contains("ensuring all content is removed"),
        again.getStatus().getMessage());
    waitUntilGone();
  }

  private void waitUntilGone() throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(10);
    while (client.namespaces().withName("team").get() != null) {
      assertTrue(Instant.now().isBefore(deadline), "namespace team is still there");
      Thread.sleep(50);
    }
    assertNull(client.serviceAccounts().inNamespace("team").withName("app").get());
  }
}
