/** The {@code eksform validate} command: options, wiring of the validator and the renderers. */
package io.eksform.cli.validate;
