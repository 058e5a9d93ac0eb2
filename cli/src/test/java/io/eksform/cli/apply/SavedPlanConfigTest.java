package io.eksform.cli.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A saved plan is stale only when what the config says changed, not how it is written, and then
 * names the paths that changed; the commands printed around it repeat the flags it was made with.
 */
class SavedPlanConfigTest {
  @TempDir Path dir;
  @RegisterExtension final SandboxApply sandbox = new SandboxApply(() -> dir);

  static final String CONFIG =
      SandboxApply.config(
          String.join(
              "\n",
              "  - name: fp-a",
              "    selectors:",
              "      - namespace: team-a",
              "        labels:",
              "          app: web"));

  /** The same config, with comments, another key order and flow style. */
  static final String REWRITTEN =
      String.join(
          "\n",
          "# the workshop cluster",
          "kind: ClusterConfig",
          "apiVersion: eksctl.io/v1alpha5",
          "metadata: {region: us-west-2, name: eksworkshop-eksctl}",
          "",
          "fargateProfiles:",
          "  - name: fp-a   # the only profile",
          "    selectors: [{namespace: team-a, labels: {app: \"web\"}}]",
          "");

  Path config;
  Path planFile;

  CliRun plan() throws IOException {
    config = sandbox.write("c.yaml", CONFIG);
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
    return run;
  }

  CliRun applySaved() {
    return CliRun.of("apply", planFile.toString(), "--endpoint-url", sandbox.endpoint());
  }

  @Test
  void theSavedPlanSaysHowToApplyItWithTheFlagsItWasMadeWith() throws IOException {
    CliRun run = plan();
    assertTrue(
        run.err()
            .contains(
                "apply it with: eksform apply "
                    + planFile
                    + " --endpoint-url "
                    + sandbox.endpoint()
                    + "\n"),
        run.err());
  }

  @Test
  void aPlanIsStillAppliedWhenOnlyCommentsAndLayoutOfTheConfigChanged() throws IOException {
    plan();
    Files.writeString(config, REWRITTEN);
    CliRun run = applySaved();
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("Apply complete"), run.out());
    assertEquals(1, sandbox.profileNames().size(), sandbox.profileNames().toString());
  }

  @Test
  void aChangedValueMakesThePlanStaleNamingItsPathAndHowToPlanAgain() throws IOException {
    plan();
    Files.writeString(config, CONFIG.replace("app: web", "app: api"));
    CliRun run = applySaved();
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(
        run.err()
            .contains(
                "the config file "
                    + config
                    + " changed (fargateProfiles[0].selectors[0].labels.app changed)"),
        run.err());
    assertTrue(
        run.err()
            .contains(
                "hint: make a new plan: eksform plan -f "
                    + config
                    + " --out "
                    + planFile
                    + " --endpoint-url "
                    + sandbox.endpoint()
                    + "\n"),
        run.err());
    assertEquals(0, sandbox.profileNames().size(), "nothing was changed");
  }

  /** The saved plan as eksform 1.1 wrote it: no fingerprint of the parsed config. */
  void makeItFormat11() throws IOException {
    JsonMapper json = JsonMapper.builder().build();
    ObjectNode root = (ObjectNode) json.readTree(planFile.toFile());
    root.put("formatVersion", "1.1");
    ((ObjectNode) root.get("provenance")).remove("config");
    Files.writeString(planFile, root.toString());
  }

  @Test
  void aPlanOfFormat11IsAppliedWhenTheConfigIsUnchanged() throws IOException {
    plan();
    makeItFormat11();
    CliRun run = applySaved();
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals(1, sandbox.profileNames().size(), sandbox.profileNames().toString());
  }

  @Test
  void aPlanOfFormat11IsRefusedWhenTheConfigTextChanged() throws IOException {
    plan();
    makeItFormat11();
    Files.writeString(config, REWRITTEN);
    CliRun run = applySaved();
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains("the config file " + config + " changed;"), run.err());
  }
}
