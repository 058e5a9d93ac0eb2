package io.eksform.engine.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.kinds.Planner;
import io.eksform.engine.live.LiveReader;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanOptions;
import io.eksform.engine.plan.Provenance;
import io.eksform.sandbox.Sandbox;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import software.amazon.awssdk.services.iam.model.Tag;

/**
 * Over generated configs, on a sandbox account that also holds objects others made: once a config
 * is applied, planning an empty config with --prune deletes every object eksform created for it and
 * nothing else, and applying that leaves a plan with nothing to do and nothing of eksform's listed.
 */
class PruneProperties {
  static final String CLUSTER = ReplacementSandbox.CLUSTER;
  static final String SERVICE_ROLE_ARN =
      "arn:aws:iam::123456789012:role/eksctl-eksworkshop-eksctl-cluster-ServiceRole-1A2B3C4D5E6F";
  static final String POLICY = "arn:aws:iam::123456789012:policy/ProdEnvoyNamespaceIAMPolicy";

  /** One IRSA service account of a generated config. */
  record Account(String namespace, boolean roleOnly, boolean roleName, boolean attachRole) {}

  /** The parts of a generated config. */
  record Parts(
      boolean withOidc, List<Account> accounts, int profiles, boolean nodeGroup, boolean addon) {}

  @Property(tries = 6, seed = "20261202")
  void pruningAnEmptyConfigDeletesExactlyWhatEksformCreated(@ForAll("parts") Parts parts)
      throws IOException {
    Path dir = Files.createTempDirectory("eksform-prune");
    Path state = dir.resolve("state.json");
    try (Sandbox sandbox = ReplacementSandbox.start(state, List.of());
        AwsClients aws = ReplacementSandbox.clients(sandbox)) {
      othersObjects(aws);
      ClusterSpec config = ReplacementSandbox.config(yaml(parts));
      Plan first = plan(aws, config, false);
      assertTrue(first.problems().isEmpty(), first.problems().toString());
      Set<String> created =
          first.effectiveChanges().stream()
              .filter(c -> c.action() == Action.CREATE)
              .map(c -> c.address().toString())
              .collect(Collectors.toCollection(TreeSet::new));
      assertTrue(ReplacementSandbox.apply(aws, first, e -> {}).succeeded());

      ClusterSpec empty = ReplacementSandbox.config();
      Plan pruned = plan(aws, empty, true);
      for (Change c : pruned.effectiveChanges()) {
        assertEquals(Action.DELETE, c.action(), c.toString());
      }
      assertEquals(
          created,
          pruned.effectiveChanges().stream()
              .map(c -> c.address().toString())
              .collect(Collectors.toCollection(TreeSet::new)),
          "for " + parts);

      ApplyResult result = ReplacementSandbox.apply(aws, pruned, e -> {});
      assertTrue(result.succeeded(), result.toString());
      Plan after = plan(aws, empty, true);
      assertFalse(after.hasChanges(), after.effectiveChanges().toString());
      assertTrue(
          after.unmanaged().stream().noneMatch(u -> u.contains("created by eksform")),
          after.unmanaged().toString());
      othersObjectsAreThere(aws);
    } finally {
      Files.deleteIfExists(state);
      Files.deleteIfExists(dir);
    }
  }

  @Provide
  Arbitrary<Parts> parts() {
    Arbitrary<Account> accounts =
        Combinators.combine(
                Arbitraries.of("team-a", "team-b", "default"),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 4))
            .as(
                (ns, roleOnly, roleName, attach) ->
                    new Account(ns, roleOnly, roleName, attach == 0));
    return Combinators.combine(
            Arbitraries.of(true, false),
            accounts.list().ofMaxSize(3),
            Arbitraries.integers().between(0, 2),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false))
        .as(Parts::new);
  }

  static String yaml(Parts parts) {
    StringBuilder y = new StringBuilder();
    if (parts.withOidc() || !parts.accounts().isEmpty()) {
      y.append("iam:\n  withOIDC: true\n");
    }
    if (!parts.accounts().isEmpty()) {
      y.append("  serviceAccounts:\n");
    }
    for (int i = 0; i < parts.accounts().size(); i++) {
      Account a = parts.accounts().get(i);
      y.append("    - metadata: {name: sa-").append(i).append(", namespace: ");
      y.append(a.namespace()).append("}\n");
      if (a.attachRole() && !a.roleOnly()) {
        y.append("      attachRoleARN: ").append(SERVICE_ROLE_ARN).append("\n");
        continue;
      }
      y.append("      attachPolicyARNs: [").append(POLICY).append("]\n");
      if (a.roleOnly()) {
        y.append("      roleOnly: true\n");
      }
      if (a.roleName()) {
        y.append("      roleName: prune-test-").append(a.namespace()).append("-").append(i);
        y.append("\n");
      }
    }
    if (parts.profiles() > 0) {
      y.append("fargateProfiles:\n");
      for (int i = 0; i < parts.profiles(); i++) {
        y.append("  - name: fp-").append(i).append("\n    selectors: [{namespace: apps-");
        y.append(i).append("}]\n");
      }
    }
    if (parts.nodeGroup()) {
      y.append("managedNodeGroups:\n  - name: ng-a\n    instanceType: m5.large\n");
      y.append("    privateNetworking: true\n");
    }
    if (parts.addon()) {
      y.append("addons:\n  - name: vpc-cni\n    version: v1.19.5-eksbuild.1\n");
    }
    return y.toString();
  }

  /**
   * What others made in the account, under names and paths like eksform's: a namespace and a
   * service account without eksform's label, a role under eksform's path without its tags, and one
   * eksform made for another cluster.
   */
  static void othersObjects(AwsClients aws) {
    String trust =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
    aws.iam()
        .createRole(
            r ->
                r.roleName("eksform-" + CLUSTER + "-theirs")
                    .path("/eksform/")
                    .assumeRolePolicyDocument(trust));
    aws.iam()
        .createRole(
            r ->
                r.roleName("other-cluster-sa")
                    .path("/eksform/")
                    .assumeRolePolicyDocument(trust)
                    .tags(
                        Tag.builder().key("eksform.io/managed-by").value("eksform").build(),
                        Tag.builder().key("eksform.io/cluster").value("other").build(),
                        Tag.builder()
                            .key("eksform.io/resource")
                            .value("iam_service_account.team-a/sa-0")
                            .build()));
    try (KubeConnection kube = new KubeConnection(aws, CLUSTER)) {
      kube.get()
          .namespaces()
          .resource(
              new NamespaceBuilder().withNewMetadata().withName("theirs").endMetadata().build())
          .create();
      kube.get()
          .serviceAccounts()
          .inNamespace("theirs")
          .resource(
              new ServiceAccountBuilder()
                  .withNewMetadata()
                  .withName("theirs")
                  .endMetadata()
                  .build())
          .create();
    }
  }

  static void othersObjectsAreThere(AwsClients aws) {
    assertNotNull(aws.iam().getRole(r -> r.roleName("eksform-" + CLUSTER + "-theirs")).role());
    assertNotNull(aws.iam().getRole(r -> r.roleName("other-cluster-sa")).role());
    try (KubeConnection kube = new KubeConnection(aws, CLUSTER)) {
      assertNotNull(kube.get().serviceAccounts().inNamespace("theirs").withName("theirs").get());
    }
  }

  static Plan plan(AwsClients aws, ClusterSpec desired, boolean prune) {
    return Planner.plan(
        desired,
        new LiveReader(aws, 8).read(desired),
        new PlanOptions(prune, new Provenance("test", "c.yaml", "c", "p", Optional.empty())));
  }
}
