package io.eksform.engine.report.plan;

import io.eksform.engine.plan.Plan;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Writes a plan in one output format. */
public interface PlanRenderer {

  /** Writes {@code plan} to {@code out}; lines end with {@code \n} whatever the platform. */
  void render(Plan plan, PlanRenderOptions options, Appendable out) throws IOException;

  /** The whole rendering as a string. */
  default String renderToString(Plan plan, PlanRenderOptions options) {
    StringBuilder out = new StringBuilder();
    try {
      render(plan, options, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder does not fail", e);
    }
    return out.toString();
  }
}
