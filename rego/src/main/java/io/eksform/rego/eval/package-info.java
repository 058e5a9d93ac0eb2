/**
 * Top-down evaluation with backtracking: a query runs in a scope (input, data, {@code with}
 * replacements, rule cache), binding variables in frames; solutions flow to continuations. Terms
 * with at most one value that bind nothing take a direct path that returns the value instead. Also
 * the operators as builtins.
 */
package io.eksform.rego.eval;
