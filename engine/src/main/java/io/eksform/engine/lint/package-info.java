/**
 * Lint results: a {@link io.eksform.engine.lint.Diagnostic} is one finding at a {@link
 * io.eksform.engine.lint.Location}; a {@link io.eksform.engine.lint.FileReport} holds one file's
 * findings; a {@link io.eksform.engine.lint.LintReport} holds the run. A {@link
 * io.eksform.engine.lint.Rule} describes what a rule id stands for; a {@link
 * io.eksform.engine.lint.RuleCatalog} holds the rules a run knows, starting from the built-in ones
 * of {@link io.eksform.engine.lint.Rules}.
 */
package io.eksform.engine.lint;
