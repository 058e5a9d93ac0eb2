package io.eksform.engine.planfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.problem.UserFacingException;
import io.eksform.engine.report.plan.PlanCases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plan files: every fixed plan round-trips, and anything that is not a whole plan is refused
 * clearly.
 */
class PlanFileTest {
  @TempDir Path dir;

  private Path file(String text) throws IOException {
    Path f = dir.resolve("plan.json");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private UserFacingException refused(String text) throws IOException {
    Path f = file(text);
    return assertThrows(UserFacingException.class, () -> PlanFile.read(f));
  }

  @Test
  void everyFixedPlanRoundTrips() {
    for (Map.Entry<String, Plan> c : PlanCases.all().entrySet()) {
      Path f = dir.resolve(c.getKey() + ".json");
      PlanFile.write(c.getValue(), f);
      assertEquals(c.getValue(), PlanFile.read(f), c.getKey());
    }
  }

  @Test
  void writingReplacesAnOldPlanAndLeavesNoTemporaryFile() throws IOException {
    Path f = file("old");
    PlanFile.write(PlanCases.seedCreate(), f);
    assertEquals(PlanCases.seedCreate(), PlanFile.read(f));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count());
    }
  }

  @Test
  void aTruncatedPlanIsCalledCutShort() throws IOException {
    String whole = PlanJson.text(PlanCases.seedCreate());
    UserFacingException e = refused(whole.substring(0, whole.length() / 2));
    assertTrue(
        e.getMessage().contains("plan.json is cut short: its JSON ends early"), e.getMessage());
    assertTrue(e.hint().contains("eksform plan -f CONFIG --out FILE"), e.hint());
    assertEquals(1, e.exitCode());
  }

  @Test
  void aFileOfAnotherFormatVersionNamesBoth() throws IOException {
    String v2 =
        PlanJson.text(PlanCases.seedCreate())
            .replace(
                "\"formatVersion\": \"" + Plan.FORMAT_VERSION + "\"", "\"formatVersion\": \"2.0\"");
    UserFacingException e = refused(v2);
    assertTrue(e.getMessage().contains("is a plan of format version \"2.0\""), e.getMessage());
    assertTrue(e.getMessage().contains("reads format version 1.x"), e.getMessage());
  }

  @Test
  void aLaterMinorVersionWithNewFieldsIsRead() throws IOException {
    String v14 =
        PlanJson.text(PlanCases.replace())
            .replace(
                "\"formatVersion\": \"" + Plan.FORMAT_VERSION + "\"",
                "\"formatVersion\": \"1.4\", \"newField\": [1]");
    Plan plan = PlanFile.read(file(v14));
    assertEquals("1.4", plan.formatVersion());
    assertEquals(PlanCases.replace().changes(), plan.changes());
  }

  @Test
  void aFormat10PlanIsReadWithItsReplacementsUndecided() throws IOException {
    var root = PlanJson.toJson(PlanCases.replace());
    root.put("formatVersion", "1.0");
    root.get("changes").forEach(c -> ((ObjectNode) c).remove("replacement"));
    Plan plan = PlanFile.read(file(root.toString()));
    assertEquals(2, plan.count(Action.REPLACE));
    assertTrue(plan.changes().stream().allMatch(c -> c.replacement().isEmpty()));
  }

  @Test
  void aFormat11PlanIsReadWithoutAConfigFingerprint() throws IOException {
    var root = PlanJson.toJson(PlanCases.replace());
    root.put("formatVersion", "1.1");
    ((ObjectNode) root.get("provenance")).remove("config");
    Plan plan = PlanFile.read(file(root.toString()));
    assertEquals("1.1", plan.formatVersion());
    assertTrue(plan.provenance().config().isEmpty());
    assertEquals(PlanCases.replace().provenance().configDigest(), plan.provenance().configDigest());
  }

  @Test
  void aFormat12PlanNeverDestroys() throws IOException {
    var root = PlanJson.toJson(PlanCases.delete());
    root.put("formatVersion", "1.2");
    root.remove("destroy");
    Plan plan = PlanFile.read(file(root.toString()));
    assertEquals("1.2", plan.formatVersion());
    assertFalse(plan.destroy());
  }

  @Test
  void aDestroyPlanIsReadBackAsOneWithItsDeletionsUsersFirst() throws IOException {
    Plan plan = PlanFile.read(file(PlanJson.text(PlanCases.destroy())));
    assertTrue(plan.destroy());
    assertEquals(PlanCases.destroy().changes(), plan.changes());
    assertEquals("cluster", plan.changes().get(plan.changes().size() - 1).address().toString());
  }

  @Test
  void aDestroyThatIsNotTrueOrFalseIsRefused() throws IOException {
    UserFacingException e =
        refused(PlanJson.text(PlanCases.destroy()).replace("\"destroy\": true", "\"destroy\": 1"));
    assertTrue(e.getMessage().contains("destroy is not true or false"), e.getMessage());
  }

  @Test
  void aConfigFingerprintIsReadBack() throws IOException {
    Plan plan = PlanFile.read(file(PlanJson.text(PlanCases.replace())));
    assertEquals(PlanCases.replace().provenance().config(), plan.provenance().config());
    assertTrue(plan.provenance().config().isPresent());
  }

  @Test
  void aReplacementWithAnUnknownStrategyIsRefusedWithItsPath() throws IOException {
    UserFacingException e =
        refused(
            PlanJson.text(PlanCases.replace())
                .replace("\"strategy\": \"destroy-before-create\"", "\"strategy\": \"yolo\""));
    assertTrue(
        e.getMessage().contains("changes[0].replacement.strategy is not create-before-destroy"),
        e.getMessage());
  }

  @Test
  void otherJsonIsNotAPlan() throws IOException {
    UserFacingException lint = refused("{\"formatVersion\": \"1.0\", \"diagnostics\": []}");
    assertTrue(
        lint.getMessage().endsWith("is not an eksform plan: it has no changes"), lint.getMessage());
    UserFacingException array = refused("[1, 2]");
    assertTrue(array.getMessage().contains("it holds a JSON array"), array.getMessage());
    UserFacingException yaml = refused("apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n");
    assertTrue(
        yaml.getMessage().contains("is not an eksform plan: it is not valid JSON (line 1"),
        yaml.getMessage());
    assertTrue(refused("  \n").getMessage().endsWith("is empty"));
  }

  @Test
  void aHandEditedFieldIsNamedByItsPath() throws IOException {
    UserFacingException action =
        refused(
            PlanJson.text(PlanCases.replace())
                .replace("\"action\": \"replace\"", "\"action\": \"modify\""));
    assertTrue(
        action.getMessage().contains("changes[0].action is 'modify', not one of create, update"),
        action.getMessage());
    UserFacingException flag =
        refused(
            PlanJson.text(PlanCases.replace())
                .replace("\"forcesReplacement\": true", "\"forcesReplacement\": \"yes\""));
    assertTrue(
        flag.getMessage()
            .contains("changes[0].attributes[0].forcesReplacement is a string, not true or false"),
        flag.getMessage());
    UserFacingException missing =
        refused(PlanJson.text(PlanCases.replace()).replace("\"provenance\"", "\"provenance-old\""));
    assertTrue(missing.getMessage().endsWith("provenance is missing"), missing.getMessage());
  }

  @Test
  void aMissingFileOrBinaryFileSaysSo() throws IOException {
    UserFacingException missing =
        assertThrows(UserFacingException.class, () -> PlanFile.read(dir.resolve("nope.json")));
    assertTrue(
        missing.getMessage().contains("nope.json: no such file or folder"), missing.getMessage());
    Path binary = dir.resolve("plan.bin");
    Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
    UserFacingException notText =
        assertThrows(UserFacingException.class, () -> PlanFile.read(binary));
    assertTrue(notText.getMessage().endsWith("it is not UTF-8 text"), notText.getMessage());
  }

  @Test
  void writingIntoAMissingFolderIsAUserError() {
    UserFacingException e =
        assertThrows(
            UserFacingException.class,
            () -> PlanFile.write(PlanCases.seedCreate(), dir.resolve("no/such/dir/plan.json")));
    assertTrue(e.getMessage().startsWith("cannot write the plan file"), e.getMessage());
    assertFalse(e.hint().isEmpty());
  }
}
