package io.eksform.cli.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A saved plan edited by hand is refused, naming what was edited, and changes nothing: apply runs a
 * saved plan only when a plan made now from its config and the live account does the same work for
 * the same cluster and account.
 */
class EditedPlanTest {
  @TempDir Path dir;
  @RegisterExtension final SandboxApply sandbox = new SandboxApply(() -> dir);

  private static final JsonMapper JSON = JsonMapper.builder().build();

  Path config;
  Path planFile;

  void plan() throws IOException {
    config = sandbox.write("c.yaml", SandboxApply.config(SandboxApply.profile("fp-a", "team-a")));
    planFile = dir.resolve("p.plan");
    CliRun run =
        CliRun.of(
            "plan",
            "-f",
            config.toString(),
            "--endpoint-url",
            sandbox.endpoint(),
            "--out",
            planFile.toString());
    assertEquals(0, run.exitCode(), run.err());
  }

  void edit(Consumer<ObjectNode> change) throws IOException {
    ObjectNode root = (ObjectNode) JSON.readTree(planFile.toFile());
    change.accept(root);
    Files.writeString(planFile, root.toPrettyString());
  }

  static ObjectNode change(ObjectNode root, String address) {
    for (JsonNode c : root.get("changes")) {
      if (c.path("address").asString().equals(address)) {
        return (ObjectNode) c;
      }
    }
    throw new AssertionError("no change " + address);
  }

  CliRun applySaved() {
    return CliRun.of("apply", planFile.toString(), "--endpoint-url", sandbox.endpoint());
  }

  void assertRefusedNaming(CliRun run, String... words) {
    assertEquals(1, run.exitCode(), run.out() + run.err());
    for (String word : words) {
      assertTrue(run.err().contains(word), run.err());
    }
    assertTrue(run.err().contains("nothing was changed"), run.err());
    assertEquals(0, sandbox.profileNames().size(), "nothing was created");
  }

  @Test
  void anEditedTrustPolicyIsRefused() throws IOException {
    plan();
    edit(
        root -> {
          ObjectNode statement =
              (ObjectNode)
                  change(root, "fargate_pod_execution_role")
                      .get("after")
                      .get("trust_policy")
                      .get("Statement")
                      .get(0);
          statement.putObject("Principal").put("AWS", "*");
        });
    assertRefusedNaming(
        applySaved(),
        "was it edited?",
        "fargate_pod_execution_role: its end state differs"
            + " (trust_policy.Statement[0].Principal.AWS)");
  }

  @Test
  void anotherTargetClusterIsRefused() throws IOException {
    plan();
    edit(root -> ((ObjectNode) root.get("target")).put("cluster", "other"));
    assertRefusedNaming(
        applySaved(),
        "the plan is for cluster other in us-west-2, account 123456789012, but its config and"
            + " credentials now reach cluster eksworkshop-eksctl");
  }

  @Test
  void anotherAccountIsRefused() throws IOException {
    plan();
    edit(root -> ((ObjectNode) root.get("target")).put("accountId", "210987654321"));
    assertRefusedNaming(applySaved(), "account 210987654321", "account 123456789012");
  }

  @Test
  void anAddedDeleteIsRefused() throws IOException {
    plan();
    edit(
        root -> {
          ObjectNode delete = change(root, "fargate_profile.fp-a").deepCopy();
          delete.put("address", "fargate_profile.fp-other");
          delete.put("name", "fp-other");
          delete.put("action", "delete");
          delete.set("before", delete.get("after"));
          ((ObjectNode) delete.get("before")).put("name", "fp-other");
          delete.putNull("after");
          root.withArray("changes").add(delete);
        });
    assertRefusedNaming(
        applySaved(), "fargate_profile.fp-other: the plan would delete it, a fresh plan would not");
  }

  @Test
  void anUneditedPlanIsApplied() throws IOException {
    plan();
    CliRun run = applySaved();
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals(1, sandbox.profileNames().size());
  }
}
