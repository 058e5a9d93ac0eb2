/** Benchmarks of planning: reading a large cluster's live state from the sandbox. */
package io.eksform.bench.plan;
