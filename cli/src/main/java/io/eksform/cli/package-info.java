/**
 * The eksform command line: the root command with its subcommands, the entry point, and the one
 * handler that turns failures into messages and exit codes.
 */
package io.eksform.cli;
