/**
 * Benchmarks of {@code eksform check}: the cost of finding a branch's changes in a large repository
 * compared with validating the changed files alone.
 */
package io.eksform.bench.check;
