/**
 * Benchmarks of the policy step: the built-in rule set over one ClusterConfig, and over every clean
 * config of the shared eksctl corpus.
 */
package io.eksform.bench.policy;
