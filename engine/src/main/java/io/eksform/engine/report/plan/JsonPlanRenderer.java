package io.eksform.engine.report.plan;

import io.eksform.engine.plan.Plan;
import io.eksform.engine.planfile.PlanJson;
import java.io.IOException;

/**
 * The machine format: the plan's versioned JSON document, byte for byte what {@code --out} saves,
 * described by {@code io/eksform/schemas/plan.v1.schema.json}.
 */
final class JsonPlanRenderer implements PlanRenderer {

  @Override
  public void render(Plan plan, PlanRenderOptions options, Appendable out) throws IOException {
    out.append(PlanJson.text(plan));
  }
}
