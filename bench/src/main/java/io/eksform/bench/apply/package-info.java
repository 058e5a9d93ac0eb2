/** Benchmarks of apply: the makespan of a plan against its critical-path lower bound. */
package io.eksform.bench.apply;
