/**
 * {@code eksform validate} as a use case: the {@link io.eksform.engine.validate.Validator} loads
 * every input, checks each ClusterConfig against the schema and every {@link
 * io.eksform.engine.validate.DocumentCheck} (the rule set's seam), and returns one lint report.
 */
package io.eksform.engine.validate;
