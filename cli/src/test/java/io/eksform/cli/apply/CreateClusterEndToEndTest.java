package io.eksform.cli.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.CliRun;
import io.eksform.cli.EksformProcess;
import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.SandboxOptions;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Subnet;

/**
 * A cluster created from nothing as a user does it: {@code plan} and {@code apply --auto-approve}
 * against an empty account (only a default VPC), then a plan with nothing to do; and the embedded
 * sandbox started empty with {@code --sandbox-scenario empty}.
 */
class CreateClusterEndToEndTest {
  @TempDir Path dir;

  /** A config of a new cluster in the default VPC of the account at {@code endpoint}. */
  static String config(URI endpoint) {
    try (Ec2Client ec2 =
        Ec2Client.builder()
            .endpointOverride(endpoint)
            .region(Region.US_WEST_2)
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(
                        io.eksform.sandbox.http.SandboxKeys.ACCESS_KEY_ID,
                        io.eksform.sandbox.http.SandboxKeys.SECRET_ACCESS_KEY)))
            .build()) {
      String vpc =
          ec2.describeVpcs(r -> r.filters(f -> f.name("is-default").values("true")))
              .vpcs()
              .get(0)
              .vpcId();
      List<Subnet> subnets =
          ec2.describeSubnets(r -> r.filters(f -> f.name("vpc-id").values(vpc))).subnets().stream()
              .sorted(java.util.Comparator.comparing(Subnet::availabilityZone))
              .limit(2)
              .toList();
      return "apiVersion: eksctl.io/v1alpha5\n"
          + "kind: ClusterConfig\n"
          + "metadata:\n"
          + "  name: fresh\n"
          + "  region: us-west-2\n"
          + "vpc:\n"
          + "  id: "
          + vpc
          + "\n"
          + "  subnets:\n"
          + "    public:\n"
          + subnets.stream()
              .map(s -> "      " + s.availabilityZone() + ":\n        id: " + s.subnetId() + "\n")
              .collect(Collectors.joining())
          + "iam:\n"
          + "  withOIDC: true\n";
    }
  }

  @Test
  void planAndApplyCreateTheClusterAndTheNextPlanHasNothingToDo() throws Exception {
    try (Sandbox sandbox =
        Sandbox.start(SandboxOptions.defaults().withScenario("empty").withTimeScale(0.005))) {
      SandboxRuns.credentials();
      String endpoint = sandbox.endpoint().toString();
      Path file = dir.resolve("new.yaml");
      Files.writeString(file, config(sandbox.endpoint()));

      CliRun plan = CliRun.of("plan", "-f", file.toString(), "--endpoint-url", endpoint);
      assertEquals(0, plan.exitCode(), plan.err());
      for (String line :
          List.of(
              "+ cluster_role",
              "+ cluster",
              "+ oidc_provider",
              "+ addon.vpc-cni",
              "(known after apply)")) {
        assertTrue(plan.out().contains(line), line + " in\n" + plan.out());
      }
      assertTrue(
          plan.out().indexOf("+ cluster_role") < plan.out().indexOf("+ cluster\n"), plan.out());

      CliRun apply =
          CliRun.of("apply", "-f", file.toString(), "--endpoint-url", endpoint, "--auto-approve");
      assertEquals(0, apply.exitCode(), apply.out() + apply.err());

      CliRun again =
          CliRun.of(
              "plan", "-f", file.toString(), "--endpoint-url", endpoint, "--detailed-exitcode");
      assertEquals(0, again.exitCode(), again.out() + again.err());
    } finally {
      SandboxRuns.clearCredentials();
    }
  }

  @Test
  void theEmbeddedSandboxStartsEmptyWhenAsked() throws Exception {
    String text;
    // The empty account's ids are the same in every sandbox: read them from one of its own.
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("empty"))) {
      text = config(sandbox.endpoint());
    }
    Files.writeString(dir.resolve("new.yaml"), text);

    EksformProcess first =
        EksformProcess.run(dir, Map.of(), "plan", "-f", "new.yaml", "--sandbox-scenario", "empty");
    assertEquals(0, first.exitCode(), first.output());
    assertTrue(first.output().contains("+ cluster_role"), first.output());

    EksformProcess second =
        EksformProcess.run(
            dir, Map.of(), "plan", "-f", "new.yaml", "--sandbox-scenario", "eksworkshop");
    assertEquals(0, second.exitCode(), second.output());
    assertTrue(
        second.output().contains("--sandbox-scenario eksworkshop is not used"), second.output());
    assertTrue(second.output().contains("+ cluster_role"), second.output());

    EksformProcess unknown =
        EksformProcess.run(
            Files.createDirectories(dir.resolve("other")),
            Map.of(),
            "plan",
            "-f",
            "../new.yaml",
            "--sandbox-scenario",
            "no-such-scenario");
    assertEquals(2, unknown.exitCode(), unknown.output());
    assertTrue(unknown.output().contains("name a built-in scenario"), unknown.output());
  }
}
