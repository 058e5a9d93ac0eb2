/**
 * Benchmarks of the sandbox: throughput and latency of the real AWS SDK against it, start-up time.
 */
package io.eksform.bench.sandbox;
