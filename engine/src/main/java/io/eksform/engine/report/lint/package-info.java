/**
 * Renderers of a {@link io.eksform.engine.lint.LintReport}: a {@link
 * io.eksform.engine.report.lint.LintFormat} names an output format and gives its {@link
 * io.eksform.engine.report.lint.LintRenderer}; {@link io.eksform.engine.report.lint.RenderOptions}
 * carries what the caller decides (colour, tool version, rule catalogue, failure threshold). Every
 * renderer sees the report through a {@code SortedReport}, so all formats list files and findings
 * in the same order: by file, line, column, rule.
 */
package io.eksform.engine.report.lint;
