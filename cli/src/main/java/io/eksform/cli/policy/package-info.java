/**
 * The {@code eksform policy} and {@code eksform rego} commands: run Rego unit tests, evaluate a
 * query over input and data, and measure the evaluator against OPA's conformance suite.
 */
package io.eksform.cli.policy;
