/**
 * Lint results: a {@link io.eksform.engine.lint.Diagnostic} is one finding at a {@link
 * io.eksform.engine.lint.Location}; a {@link io.eksform.engine.lint.FileReport} holds one file's
 * findings; a {@link io.eksform.engine.lint.LintReport} holds the run.
 */
package io.eksform.engine.lint;
