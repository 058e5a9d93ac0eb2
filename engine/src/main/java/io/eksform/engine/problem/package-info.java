/**
 * Failures the user can fix, raised by the engine's I/O edges and mapped to messages by the CLI.
 */
package io.eksform.engine.problem;
