/**
 * JMH benchmarks of the embedded Rego evaluator: a conftest-style policy over one ClusterConfig,
 * and the whole OPA conformance suite.
 */
package io.eksform.bench.rego;
