package io.eksform.engine.report.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.ResourceAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The pull-request comment: highlighted destruction, escaping, and GitHub's length limit. */
class MarkdownPlanRendererTest {

  private static String markdown(Plan plan, PlanRenderOptions options) {
    return PlanFormat.MARKDOWN.renderer().renderToString(plan, options);
  }

  /** A plan of {@code n} new Fargate profiles, each with a long reason. */
  static Plan manyChanges(int n) {
    List<Change> changes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      changes.add(
          PlanCases.create(
              ResourceAddress.of(ResourceAddress.FARGATE_PROFILE, String.format("fp-%04d", i)),
              "{'name': 'fp-" + i + "', 'subnets': ['subnet-0a1b2c3d4e5f60001']}",
              "no Fargate profile fp-" + i + " on the cluster; " + "padding ".repeat(20),
              List.of(),
              "/fargateProfiles/" + i));
    }
    return PlanCases.plan(changes, List.of(), List.of("addon.kept: not managed by this config"));
  }

  @Test
  void aLongPlanStaysUnderGithubsLimitAndSaysWhatIsLeftOut() {
    Plan plan = manyChanges(400);
    String out = markdown(plan, PlanRenderOptions.plain());
    assertTrue(out.length() <= PlanRenderOptions.GITHUB_COMMENT_LIMIT, "length " + out.length());
    Matcher m =
        Pattern.compile("\\*\\*Truncated:\\*\\* (\\d+) of 400 changes are not shown").matcher(out);
    assertTrue(m.find(), out.substring(out.length() - 400));
    int left = Integer.parseInt(m.group(1));
    int shown = out.split("<details>", -1).length - 1;
    assertEquals(400, shown + left, "every change is either shown or counted as left out");
    assertTrue(out.contains("| 400 | 0 | 0 | 0 |"), "the counts table covers the whole plan");
    int lastDetails = out.lastIndexOf("</details>");
    assertTrue(out.indexOf("---\n\n**Truncated:**") > lastDetails, "cut at a change boundary");
  }

  @Test
  void aSmallerLimitCutsEarlier() {
    String out = markdown(manyChanges(30), PlanRenderOptions.plain().withMarkdownLimit(5_000));
    assertTrue(out.length() <= 5_000, "length " + out.length());
    assertTrue(out.contains("characters per comment"), out);
    assertTrue(out.contains("5,000"), out);
  }

  @Test
  void aPlanThatFitsIsNotTruncated() {
    String out = markdown(manyChanges(10), PlanRenderOptions.plain());
    assertFalse(out.contains("Truncated"), out);
    assertTrue(out.contains("addon.kept: not managed by this config"), out);
  }

  @Test
  void destructiveChangesAreOpenAndMarked() {
    String out = markdown(PlanCases.delete(), PlanRenderOptions.plain());
    assertTrue(out.contains("> [!WARNING]"), out);
    assertTrue(
        out.contains(
            "<details open>\n<summary>:warning: <code>- addon.aws-ebs-csi-driver</code>"
                + " <b>will be deleted</b></summary>"),
        out);
  }

  @Test
  void textFromTheConfigCannotOpenMarkupOfItsOwn() {
    String out = markdown(PlanCases.specialCharacters(), PlanRenderOptions.plain());
    assertFalse(out.contains("<script>"), out);
    assertFalse(out.contains("<b>`x`"), out);
    assertTrue(out.contains("````diff\n"), "the fence is longer than the value's backticks");
    assertFalse(out.contains("\u001b"), "no raw escape character");
  }
}
