package io.eksform.sandbox.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Watches: fabric8's watch and wait, and the raw event stream. */
class WatchTest {
  private static final String CLUSTER = "c";
  private TestServer server;
  private KubernetesClient client;

  @BeforeEach
  void start() throws Exception {
    server = TestServer.withCluster(CLUSTER);
    client =
        new KubernetesClientBuilder()
            .withConfig(
                new ConfigBuilder(Config.empty())
                    .withMasterUrl(server.endpoint(CLUSTER))
                    .withOauthToken(Tokens.forCluster(CLUSTER))
                    .build())
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  /** Takes the next event, failing the test rather than hanging when none comes. */
  private static String next(BlockingQueue<String> events) throws InterruptedException {
    String event = events.poll(20, TimeUnit.SECONDS);
    assertNotNull(event, "no watch event arrived");
    return event;
  }

  @Test
  void fabric8WatchSeesAddsChangesAndDeletes() throws Exception {
    BlockingQueue<String> events = new LinkedBlockingQueue<>();
    try (Watch watch =
        client
            .serviceAccounts()
            .inNamespace("default")
            .watch(
                new Watcher<ServiceAccount>() {
                  @Override
                  public void eventReceived(Action action, ServiceAccount account) {
                    events.add(action + " " + account.getMetadata().getName());
                  }

                  @Override
                  public void onClose(WatcherException cause) {}
                })) {
      assertEquals("ADDED default", next(events));
      client.serviceAccounts().inNamespace("kube-system").resource(account("elsewhere")).create();
      client.serviceAccounts().inNamespace("default").resource(account("envoy")).create();
      assertEquals("ADDED envoy", next(events));
      client
          .serviceAccounts()
          .inNamespace("default")
          .withName("envoy")
          .edit(
              sa ->
                  new ServiceAccountBuilder(sa)
                      .editMetadata()
                      .addToLabels("a", "b")
                      .endMetadata()
                      .build());
      assertEquals("MODIFIED envoy", next(events));
      client.serviceAccounts().inNamespace("default").withName("envoy").delete();
      assertEquals("DELETED envoy", next(events));
    }
  }

  @Test
  void fabric8WaitsUntilAConditionHolds() {
    client
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName("ready").endMetadata().build())
        .create();
    Namespace ready =
        client
            .namespaces()
            .withName("ready")
            .waitUntilCondition(
                ns -> ns != null && "Active".equals(ns.getStatus().getPhase()),
                20,
                TimeUnit.SECONDS);
    assertEquals("ready", ready.getMetadata().getName());
  }

  @Test
  void rawStreamFromAResourceVersionEndsAtTimeout() throws Exception {
    long version = Long.parseLong(client.namespaces().list().getMetadata().getResourceVersion());
    client
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName("later").endMetadata().build())
        .create();
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    server.endpoint(CLUSTER)
                        + "/api/v1/namespaces?watch=true&timeoutSeconds=1&resourceVersion="
                        + version))
            .header("Authorization", "Bearer " + Tokens.forCluster(CLUSTER))
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    List<JsonNode> events = response.body().lines().map(Json.MAPPER::readTree).toList();
    assertEquals(1, events.size(), response.body());
    assertEquals("ADDED", events.get(0).path("type").stringValue());
    assertEquals("later", events.get(0).path("object").path("metadata").path("name").stringValue());
    assertTrue(
        Long.parseLong(
                events.get(0).path("object").path("metadata").path("resourceVersion").stringValue())
            > version);
  }

  @Test
  void historyOlderThanTheChangeLogIsTooOld() {
    ChangeLog log = new ChangeLog(0);
    for (int version = 1; version <= ChangeLog.CAPACITY + 1; version++) {
      log.add(new ChangeLog.Event("ADDED", Kind.NAMESPACE, Json.object(), version));
    }
    assertTrue(log.after(0).isEmpty(), "version 1 was compacted away");
    assertEquals(ChangeLog.CAPACITY, log.after(1).orElseThrow().size());
    assertEquals(0, log.after(ChangeLog.CAPACITY + 1).orElseThrow().size());
  }

  private static ServiceAccount account(String name) {
    return new ServiceAccountBuilder().withNewMetadata().withName(name).endMetadata().build();
  }
}
