/** Benchmarks of the policy step: the built-in rule set over one ClusterConfig. */
package io.eksform.bench.policy;
