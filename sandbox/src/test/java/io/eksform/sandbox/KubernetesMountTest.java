package io.eksform.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each cluster's endpoint serves its Kubernetes API over TLS with the certificate the cluster
 * reports, and what is written there persists.
 */
class KubernetesMountTest {
  final HttpClient http = HttpClient.newBuilder().sslContext(trustingTheSandbox()).build();

  /** TLS that trusts exactly the certificate authority every sandbox cluster reports. */
  static javax.net.ssl.SSLContext trustingTheSandbox() {
    try (var in = Sandbox.class.getResourceAsStream("/io/eksform/sandbox/eks/sandbox-ca.pem")) {
      var ca = java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in);
      var store = java.security.KeyStore.getInstance(java.security.KeyStore.getDefaultType());
      store.load(null, null);
      store.setCertificateEntry("sandbox", ca);
      var trust =
          javax.net.ssl.TrustManagerFactory.getInstance(
              javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      var tls = javax.net.ssl.SSLContext.getInstance("TLS");
      tls.init(null, trust.getTrustManagers(), null);
      return tls;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  JsonNode call(String method, String url, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .header(
                "Authorization",
                "Bearer "
                    + io.eksform.sandbox.kubernetes.Tokens.forCluster(
                        url.replaceAll(".*/k8s/([^/]+).*", "$1")));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(
        r.statusCode() < 300, method + " " + url + " answered " + r.statusCode() + ": " + r.body());
    return JsonMapper.builder().build().readTree(r.body());
  }

  static List<String> names(JsonNode list) {
    List<String> out = new ArrayList<>();
    for (JsonNode item : list.get("items")) {
      out.add(item.get("metadata").get("name").asString());
    }
    return out;
  }

  @Test
  void clusterEndpointServesSeededNamespacesAndKeepsNewOnes(@TempDir Path dir) throws Exception {
    SandboxOptions options =
        SandboxOptions.defaults()
            .withScenario("eksworkshop")
            .withStateFile(dir.resolve("state.json"));
    String endpoint;
    try (Sandbox sandbox = Sandbox.start(options);
        Clients clients = new Clients(sandbox.endpoint())) {
      endpoint =
          clients.eks.describeCluster(r -> r.name("eksworkshop-eksctl")).cluster().endpoint();
      List<String> seeded = names(call("GET", endpoint + "/api/v1/namespaces", null));
      assertTrue(
          seeded.containsAll(List.of("default", "kube-system", "kube-public", "kube-node-lease")),
          seeded.toString());
      call(
          "POST",
          endpoint + "/api/v1/namespaces",
          "{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\"prodcatalog-ns\"}}");
    }
    try (Sandbox again = Sandbox.start(options);
        Clients clients = new Clients(again.endpoint())) {
      String endpoint2 =
          clients.eks.describeCluster(r -> r.name("eksworkshop-eksctl")).cluster().endpoint();
      assertTrue(
          names(call("GET", endpoint2 + "/api/v1/namespaces", null)).contains("prodcatalog-ns"));
    }
  }

  @Test
  void createdClusterGetsItsOwnApi() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("eksworkshop"));
        Clients clients = new Clients(sandbox.endpoint())) {
      clients.eks.createCluster(
          r ->
              r.name("second")
                  .roleArn(ClusterTest.SERVICE_ROLE)
                  .resourcesVpcConfig(
                      v -> v.subnetIds("subnet-0d44444444444444d", "subnet-0e55555555555555e")));
      String endpoint = clients.eks.describeCluster(r -> r.name("second")).cluster().endpoint();
      assertEquals(sandbox.kubernetesBase() + "/k8s/second", endpoint);
      assertEquals(4, names(call("GET", endpoint + "/api/v1/namespaces", null)).size());
    }
  }
}
