/**
 * Renderers of a {@link io.eksform.engine.plan.Plan}: a {@link
 * io.eksform.engine.report.plan.PlanFormat} (text, json, markdown) names an output format and gives
 * its {@link io.eksform.engine.report.plan.PlanRenderer}; a {@link
 * io.eksform.engine.report.plan.GraphFormat} (mermaid, dot) draws the apply order of the changes.
 * {@link io.eksform.engine.report.plan.PlanRenderOptions} carries what the caller decides. An
 * attribute line is one row of a change's "before -> after" listing, shared by the text and
 * markdown formats so both show the same rows.
 */
package io.eksform.engine.report.plan;
