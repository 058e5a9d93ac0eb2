/** The {@code eksform export} command, which writes a ClusterConfig from a live cluster. */
package io.eksform.cli.export;
