/**
 * Compilation of Rego modules: the rule tree (a {@link io.eksform.rego.compile.RuleNode} per path
 * under {@code data}, holding {@link io.eksform.rego.compile.CompiledRule}s of one {@link
 * io.eksform.rego.compile.RuleKind}), name resolution, safety reordering and compile-time checks.
 */
package io.eksform.rego.compile;
