package io.eksform.sandbox.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The real {@code kubectl} against the API server, through a kubeconfig with a static token; over
 * HTTPS, since kubectl drops credentials on plain-HTTP servers.
 */
class KubectlTest {
  private static final Path KUBECTL = Path.of("/usr/bin/kubectl");
  private static final String CLUSTER = "eksworkshop-eksctl";

  @TempDir Path home;
  private TestServer server;
  private Path kubeconfig;

  /** What one kubectl run printed and returned. */
  record Result(int exit, String out, String err) {
    Result succeeded() {
      assertEquals(0, exit, "kubectl failed: " + err);
      return this;
    }
  }

  @BeforeEach
  void start() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(KUBECTL), "kubectl is not installed at /usr/bin/kubectl: skipped");
    server = TestServer.withTlsCluster(CLUSTER, home);
    kubeconfig = home.resolve("kubeconfig");
    Files.writeString(
        kubeconfig,
        String.join(
            "\n",
            "apiVersion: v1",
            "kind: Config",
            "clusters:",
            "- name: sandbox",
            "  cluster:",
            "    server: " + server.endpoint(CLUSTER),
            "    certificate-authority-data: "
                + Base64.getEncoder()
                    .encodeToString(server.certificatePem().getBytes(StandardCharsets.US_ASCII)),
            "contexts:",
            "- name: sandbox",
            "  context:",
            "    cluster: sandbox",
            "    user: sandbox",
            "current-context: sandbox",
            "users:",
            "- name: sandbox",
            "  user:",
            "    token: " + Tokens.forCluster(CLUSTER),
            ""));
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private Result kubectl(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(KUBECTL.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(name -> name.startsWith("KUBE"));
    builder.environment().put("KUBECONFIG", kubeconfig.toString());
    builder.environment().put("HOME", home.toString());
    Path out = home.resolve("out.txt");
    Path err = home.resolve("err.txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("kubectl " + String.join(" ", args) + " did not finish");
    }
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void getNamespacesPrintsATable() throws Exception {
    Result result = kubectl("get", "ns").succeeded();
    List<String> lines = result.out().lines().toList();
    assertTrue(lines.get(0).matches("NAME\\s+STATUS\\s+AGE"), result.out());
    assertEquals(5, lines.size(), result.out());
    assertTrue(lines.get(1).matches("default\\s+Active\\s+\\d+s"), result.out());
  }

  @Test
  void createsANamespaceAndAnAnnotatedServiceAccount() throws Exception {
    assertEquals("namespace/x created", kubectl("create", "ns", "x").succeeded().out().trim());
    assertEquals(
        "serviceaccount/y created",
        kubectl("-n", "x", "create", "sa", "y").succeeded().out().trim());
    assertEquals(
        "serviceaccount/y annotated",
        kubectl("-n", "x", "annotate", "sa", "y", "k=v").succeeded().out().trim());

    JsonNode account =
        Json.MAPPER.readTree(kubectl("get", "sa", "y", "-n", "x", "-o", "json").succeeded().out());
    assertEquals("ServiceAccount", account.path("kind").stringValue());
    assertEquals("x", account.path("metadata").path("namespace").stringValue());
    assertEquals("v", account.path("metadata").path("annotations").path("k").stringValue());

    Result accounts = kubectl("get", "sa", "-n", "x").succeeded();
    assertTrue(
        accounts.out().lines().anyMatch(line -> line.matches("y\\s+0\\s+\\d+s")), accounts.out());
    assertTrue(kubectl("get", "ns", "x").succeeded().out().contains("Active"));
  }

  @Test
  void errorsComeBackAsKubernetesMessages() throws Exception {
    Result missing = kubectl("get", "ns", "absent");
    assertEquals(1, missing.exit());
    assertTrue(
        missing.err().contains("Error from server (NotFound): namespaces \"absent\" not found"),
        missing.err());

    kubectl("create", "ns", "x").succeeded();
    Result duplicate = kubectl("create", "ns", "x");
    assertTrue(
        duplicate
            .err()
            .contains("Error from server (AlreadyExists): namespaces \"x\" already exists"),
        duplicate.err());

    Result noNamespace = kubectl("-n", "nowhere", "create", "sa", "y");
    assertTrue(
        noNamespace
            .err()
            .contains("failed to create serviceaccount: namespaces \"nowhere\" not found"),
        noNamespace.err());
  }

  @Test
  void deletesWhatItCreated() throws Exception {
    kubectl("create", "ns", "gone").succeeded();
    kubectl("-n", "gone", "create", "sa", "y").succeeded();
    assertEquals(
        "serviceaccount \"y\" deleted",
        kubectl("-n", "gone", "delete", "sa", "y").succeeded().out().trim());
    assertEquals(
        "namespace \"gone\" deleted", kubectl("delete", "ns", "gone").succeeded().out().trim());
    assertTrue(
        kubectl("get", "ns").succeeded().out().lines().noneMatch(line -> line.startsWith("gone")));
  }

  @Test
  void appliesManifestsClientSideAndServerSide() throws Exception {
    Path manifest = home.resolve("app.yaml");
    String text =
        String.join(
            "\n",
            "apiVersion: v1",
            "kind: Namespace",
            "metadata:",
            "  name: prodcatalog-ns",
            "---",
            "apiVersion: v1",
            "kind: ServiceAccount",
            "metadata:",
            "  name: prodcatalog-envoy-proxies",
            "  namespace: prodcatalog-ns",
            "  annotations:",
            "    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/ROLE",
            "");
    Files.writeString(manifest, text.replace("ROLE", "envoy"));
    assertEquals(
        "namespace/prodcatalog-ns created\nserviceaccount/prodcatalog-envoy-proxies created",
        kubectl("apply", "-f", manifest.toString()).succeeded().out().trim());
    Files.writeString(manifest, text.replace("ROLE", "envoy-v2"));
    assertEquals(
        "namespace/prodcatalog-ns unchanged\nserviceaccount/prodcatalog-envoy-proxies configured",
        kubectl("apply", "-f", manifest.toString()).succeeded().out().trim());
    Files.writeString(manifest, text.replace("ROLE", "envoy-v3"));
    kubectl("apply", "--server-side", "-f", manifest.toString()).succeeded();
    JsonNode account =
        Json.MAPPER.readTree(
            kubectl("-n", "prodcatalog-ns", "get", "sa", "prodcatalog-envoy-proxies", "-o", "json")
                .succeeded()
                .out());
    assertEquals(
        "arn:aws:iam::123456789012:role/envoy-v3",
        account
            .path("metadata")
            .path("annotations")
            .path("eks.amazonaws.com/role-arn")
            .stringValue());
  }

  @Test
  void unknownFieldsFailKubectlsStrictValidation() throws Exception {
    Path manifest = home.resolve("typo.yaml");
    Files.writeString(
        manifest,
        "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: envoy\n  namespace: default\n"
            + "automountServiceAcountToken: false\n");
    Result result = kubectl("apply", "-f", manifest.toString());
    assertEquals(1, result.exit());
    assertTrue(
        result
            .err()
            .contains("strict decoding error: unknown field \"automountServiceAcountToken\""),
        result.err());
  }

  @Test
  void aStrangerTokenIsRejected() throws Exception {
    Result result = kubectl("--token", "not-an-eks-token", "get", "ns");
    assertEquals(1, result.exit());
    assertTrue(result.err().contains("error: You must be logged in to the server"), result.err());
  }
}
