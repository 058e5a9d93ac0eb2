package io.eksform.engine.report.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.plan.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text format's promises, beyond its golden files. */
class TextPlanRendererTest {

  private static String text(Plan plan) {
    return PlanFormat.TEXT.renderer().renderToString(plan, PlanRenderOptions.plain());
  }

  private static String lastLine(String text) {
    List<String> lines = text.lines().toList();
    return lines.get(lines.size() - 1);
  }

  @Test
  void theLastLineCountsEachAction() {
    assertEquals(
        "Plan: 5 to create, 0 to update, 0 to replace, 0 to delete.",
        lastLine(text(PlanCases.seedCreate())));
    assertEquals(
        "Plan: 0 to create, 0 to update, 0 to replace, 2 to delete.",
        lastLine(text(PlanCases.delete())));
  }

  @Test
  void aPlanWithoutChangesSaysSo() {
    String out = text(PlanCases.noChanges());
    assertEquals("No changes. The live account matches the configuration.", lastLine(out));
    assertFalse(out.contains("will perform"), out);
  }

  @Test
  void aDestroyWithNothingLeftToDestroySaysSoAndNamesTheCluster() {
    Plan destroy = PlanCases.destroy();
    Plan nothing =
        new Plan(
            destroy.formatVersion(),
            destroy.target(),
            List.of(),
            destroy.liveFingerprints(),
            destroy.provenance(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            true);
    String out = text(nothing);
    assertTrue(out.startsWith("eksform destroy plan for cluster eksworkshop-eksctl"), out);
    assertEquals("Nothing to destroy: EKS has no cluster eksworkshop-eksctl.", lastLine(out));
    assertFalse(out.contains("whole configuration"), out);
  }

  @Test
  void theCountsComeFirstToo() {
    String out = text(PlanCases.replace());
    assertTrue(
        out.lines().toList().get(1).startsWith("Summary: 0 to create, 0 to update, 2 to replace"),
        out);
  }

  @Test
  void onlyChangedAttributesAreListedAndReplacementsSayWhy() {
    String out = text(PlanCases.replace());
    assertTrue(out.contains("-/+ fargate_profile.fargate-productcatalog\n"), out);
    assertTrue(
        out.contains("+ subnets[2] = \"subnet-0f66666666666666f\" # forces replacement"), out);
    assertFalse(out.contains("subnets[0]"), out);
    assertFalse(out.contains("selectors"), out);
    assertTrue(out.contains("Warning: this plan deletes or replaces 2 live objects"), out);
  }

  @Test
  void aReplacementNamesItsStrategyAndTheNamespacesLosingFargate() {
    String out = text(PlanCases.replace());
    assertTrue(
        out.contains("      strategy: destroy-before-create (as --replace-strategy asks"), out);
    assertTrue(out.contains("      Fargate scheduling: briefly lost in prodcatalog-ns"), out);
    assertTrue(
        out.contains("-/+ managed_nodegroup.ng-apps must be replaced, create-before-destroy"), out);
  }

  @Test
  void valuesKnownOnlyAfterApplyAreMarked() {
    String out = text(PlanCases.updateInPlace());
    assertTrue(
        out.contains("~ version              = \"v1.18.1-eksbuild.1\" -> (known after apply)"),
        out);
    assertTrue(out.contains("~ labels.team  = \"payments\" -> \"checkout\""), out);
  }

  @Test
  void problemsCarryTheirConfigPointerAndUnmanagedObjectsAreListed() {
    String out = text(PlanCases.problemsAndUnmanaged());
    assertTrue(out.contains("  error: subnet subnet-0public0000000001"), out);
    assertTrue(out.contains("    at /fargateProfiles/0/subnets/0\n"), out);
    assertTrue(out.contains("fargate_profile.fp-default: not managed by this config"), out);
  }

  @Test
  void controlCharactersNeverReachTheTerminal() {
    String out = text(PlanCases.specialCharacters());
    assertFalse(out.contains("\u001b"), "no raw escape character in plain output");
    assertTrue(out.contains("\\u001b[2J"), out);
  }

  @Test
  void bidirectionalOverridesCannotDisguiseAName() {
    assertEquals("admin\\u202etxt.exe", TerminalText.safe("admin\u202etxt.exe"));
  }

  @Test
  void colourIsOnlyAddedWhenAsked() {
    PlanRenderOptions colour = PlanRenderOptions.plain().withColour(true);
    String painted = PlanFormat.TEXT.renderer().renderToString(PlanCases.seedCreate(), colour);
    assertTrue(painted.contains("\u001b[32m  +\u001b[0m"), painted);
    assertEquals(text(PlanCases.seedCreate()), painted.replaceAll("\u001b\\[[0-9;]*m", ""));
  }
}
