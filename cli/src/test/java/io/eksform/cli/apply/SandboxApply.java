package io.eksform.cli.apply;

import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.aws.AwsTarget;
import io.eksform.sandbox.Sandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh eksworkshop sandbox per test, with credentials set, plus the Fargate cluster configs and
 * live-profile reads that the apply tests share.
 */
final class SandboxApply implements BeforeEachCallback, AfterEachCallback {
  static final String CLUSTER = "eksworkshop-eksctl";

  // A supplier because the test's @TempDir is injected after this extension is constructed.
  private final Supplier<Path> dir;
  private Sandbox sandbox;

  SandboxApply(Supplier<Path> dir) {
    this.dir = dir;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    sandbox = SandboxRuns.start(dir.get(), List.of());
    SandboxRuns.credentials();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    sandbox.close();
    SandboxRuns.clearCredentials();
  }

  /** {@code args} followed by {@code more}, as picocli takes them. */
  static String[] argv(List<String> args, String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  Sandbox sandbox() {
    return sandbox;
  }

  /** The sandbox's URL, as {@code --endpoint-url} takes it. */
  String endpoint() {
    return sandbox.endpoint().toString();
  }

  /** A cluster config for the eksworkshop cluster with the given Fargate profile entries. */
  static String config(String profiles) {
    return String.join(
        "\n",
        "apiVersion: eksctl.io/v1alpha5",
        "kind: ClusterConfig",
        "metadata:",
        "  name: eksworkshop-eksctl",
        "  region: us-west-2",
        "fargateProfiles:",
        profiles,
        "");
  }

  /** One Fargate profile entry selecting one namespace. */
  static String profile(String name, String namespace) {
    return String.join(
        "\n", "  - name: " + name, "    selectors:", "      - namespace: " + namespace);
  }

  Path write(String name, String text) throws IOException {
    Path file = dir.get().resolve(name);
    Files.writeString(file, text);
    return file;
  }

  /** Writes a config whose one profile, fp-a, selects {@code namespace}. */
  Path fargateConfig(String namespace) throws IOException {
    return write("fargate-" + namespace + ".yaml", config(profile("fp-a", namespace)));
  }

  AwsClients aws() {
    return new AwsClients(new AwsTarget("us-west-2", Optional.of(sandbox.endpoint()), true));
  }

  List<String> profileNames() {
    try (AwsClients aws = aws()) {
      return aws.eks().listFargateProfiles(r -> r.clusterName(CLUSTER)).fargateProfileNames();
    }
  }

  /** The live Fargate profiles as {@code name:namespace} of their first selector. */
  List<String> profilesWithNamespaces() {
    try (AwsClients aws = aws()) {
      List<String> out = new ArrayList<>();
      for (String name :
          aws.eks().listFargateProfiles(r -> r.clusterName(CLUSTER)).fargateProfileNames()) {
        var p =
            aws.eks()
                .describeFargateProfile(r -> r.clusterName(CLUSTER).fargateProfileName(name))
                .fargateProfile();
        out.add(name + ":" + p.selectors().get(0).namespace());
      }
      return out;
    }
  }
}
