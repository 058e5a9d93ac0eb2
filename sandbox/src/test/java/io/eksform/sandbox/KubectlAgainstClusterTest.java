package io.eksform.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.eks.model.Cluster;

/**
 * kubectl works against a sandbox cluster as against EKS: a kubeconfig made from DescribeCluster's
 * endpoint and certificate authority, with an EKS-style token, lists, creates and annotates.
 */
class KubectlAgainstClusterTest {
  @TempDir Path dir;

  private static String run(Path kubeconfig, String... args) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(List.of("kubectl", "--kubeconfig", kubeconfig.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), String.join(" ", args) + ": " + out);
    return out;
  }

  @Test
  void kubectlUsesTheEndpointAndCertificateTheClusterReports() throws Exception {
    assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/kubectl"))
            || Files.isExecutable(Path.of("/usr/local/bin/kubectl")),
        "kubectl is not installed here: skipped");
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("eksworkshop"));
        Clients clients = new Clients(sandbox.endpoint())) {
      Cluster c = clients.eks.describeCluster(r -> r.name("eksworkshop-eksctl")).cluster();
      assertTrue(c.endpoint().startsWith("https://"), c.endpoint());
      Path kubeconfig = dir.resolve("kubeconfig");
      Files.writeString(
          kubeconfig,
          """
          apiVersion: v1
          kind: Config
          clusters:
          - name: sandbox
            cluster:
              server: %s
              certificate-authority-data: %s
          users:
          - name: eks
            user:
              token: %s
          contexts:
          - name: sandbox
            context: {cluster: sandbox, user: eks}
          current-context: sandbox
          """
              .formatted(
                  c.endpoint(),
                  c.certificateAuthority().data(),
                  io.eksform.sandbox.kubernetes.Tokens.forCluster(c.name())));
      assertTrue(run(kubeconfig, "get", "namespaces").contains("kube-system"));
      run(kubeconfig, "create", "namespace", "prodcatalog-ns");
      run(
          kubeconfig,
          "-n",
          "prodcatalog-ns",
          "create",
          "serviceaccount",
          "prodcatalog-envoy-proxies");
      run(
          kubeconfig,
          "-n",
          "prodcatalog-ns",
          "annotate",
          "serviceaccount",
          "prodcatalog-envoy-proxies",
          "eks.amazonaws.com/role-arn=arn:aws:iam::123456789012:role/x");
      assertTrue(
          run(
                  kubeconfig,
                  "-n",
                  "prodcatalog-ns",
                  "get",
                  "serviceaccount",
                  "prodcatalog-envoy-proxies",
                  "-o",
                  "json")
              .contains("eks.amazonaws.com/role-arn"));
    }
  }
}
