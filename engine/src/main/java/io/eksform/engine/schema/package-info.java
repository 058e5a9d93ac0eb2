/**
 * eksform's JSON Schema for ClusterConfig ({@link io.eksform.engine.schema.ClusterConfigSchema})
 * and the {@link io.eksform.engine.schema.SchemaValidator} that turns the validator's errors into
 * plain-English findings at the offending node, with "did you mean" {@link
 * io.eksform.engine.schema.Suggestions}.
 */
package io.eksform.engine.schema;
