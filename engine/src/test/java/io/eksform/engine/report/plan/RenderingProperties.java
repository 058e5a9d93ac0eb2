package io.eksform.engine.report.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.plan.Adoption;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.NotActedOn;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.planfile.PlanArbitraries;
import io.eksform.engine.planfile.PlanFile;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every effective change appears in every format; renderings are deterministic. */
class RenderingProperties {
  private static final PlanRenderOptions OPTIONS = PlanRenderOptions.plain();

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plan();
  }

  @Property(tries = 200)
  void everyEffectiveChangeAppearsInEveryFormat(@ForAll("plans") Plan plan) {
    String text = PlanFormat.TEXT.renderer().renderToString(plan, OPTIONS);
    String markdown = PlanFormat.MARKDOWN.renderer().renderToString(plan, OPTIONS);
    String mermaid = GraphFormat.MERMAID.renderer().renderToString(plan, OPTIONS);
    String dot = GraphFormat.DOT.renderer().renderToString(plan, OPTIONS);
    JsonNode json =
        JsonMapper.builder()
            .build()
            .readTree(PlanFormat.JSON.renderer().renderToString(plan, OPTIONS));
    List<String> jsonAddresses =
        json.get("changes").valueStream().map(c -> c.get("address").asString()).toList();
    for (Change c : plan.effectiveChanges()) {
      String address = c.address().toString();
      String symbolled = c.action().symbol() + " " + address;
      assertTrue(
          text.contains(TextChange.symbol(c.action()) + " " + TerminalText.safe(address) + "\n"),
          "text: " + address);
      assertTrue(markdown.contains("<code>" + Markdown.html(symbolled) + "</code>"), "markdown");
      assertTrue(
          mermaid.contains("[\"" + MermaidGraphRenderer.label(symbolled) + "\"]"), "mermaid");
      assertTrue(dot.contains("[label=" + DotGraphRenderer.quoted(symbolled) + ","), "dot");
      assertTrue(jsonAddresses.contains(address), "json");
    }
    for (NotActedOn n : plan.notActedOn()) {
      assertTrue(text.contains("  " + TerminalText.safe(n.where()) + ": "), "text: " + n);
      assertTrue(json.get("notActedOn").toString().contains(json(n.pointer())), "json: " + n);
    }
    for (Adoption a : plan.adopted()) {
      assertTrue(text.contains("adopted: " + TerminalText.safe(a.toString())), "text: " + a);
    }
  }

  private static String json(String text) {
    return JsonMapper.builder().build().writeValueAsString(text);
  }

  @Property(tries = 100)
  void theLastTextLineCountsTheActions(@ForAll("plans") Plan plan) {
    List<String> lines = PlanFormat.TEXT.renderer().renderToString(plan, OPTIONS).lines().toList();
    String last = lines.get(lines.size() - 1);
    boolean quiet = !plan.hasChanges() && !plan.hasErrors();
    String expected =
        !quiet
            ? Counts.sentence(plan)
            : plan.mayDiffer().isEmpty()
                ? Counts.NO_CHANGES
                : "No changes to what eksform manages; "
                    + Counts.plural(plan.mayDiffer().size(), "part", "parts")
                    + " of the configuration "
                    + (plan.mayDiffer().size() == 1 ? "is" : "are")
                    + " not acted on (listed above).";
    assertEquals(expected, last);
  }

  @Property(tries = 100)
  void aPlanReadBackFromItsFileRendersToTheSameBytes(@ForAll("plans") Plan plan) {
    Plan back = PlanFile.parse(PlanFormat.JSON.renderer().renderToString(plan, OPTIONS), "plan");
    for (PlanFormat format : PlanFormat.values()) {
      assertEquals(
          format.renderer().renderToString(plan, OPTIONS),
          format.renderer().renderToString(back, OPTIONS),
          format.word());
    }
    for (GraphFormat format : GraphFormat.values()) {
      assertEquals(
          format.renderer().renderToString(plan, OPTIONS),
          format.renderer().renderToString(back, OPTIONS),
          format.word());
    }
  }
}
