/** The {@code eksform sandbox} commands: run the local AWS account on a port for other tools. */
package io.eksform.cli.sandbox;
