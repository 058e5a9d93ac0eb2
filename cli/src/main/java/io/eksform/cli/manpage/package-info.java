/** The eksform(1) man page, written from the command model at build time. */
package io.eksform.cli.manpage;
