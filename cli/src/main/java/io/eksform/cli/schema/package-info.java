/** The {@code eksform schema} command, which publishes the ClusterConfig JSON Schema. */
package io.eksform.cli.schema;
