/**
 * Top-down evaluation with backtracking: a query runs in a scope (input, data, {@code with}
 * replacements, rule cache), binding variables in frames; solutions flow to continuations. Also the
 * operators as builtins.
 */
package io.eksform.rego.eval;
