/** {@code eksform completion}: shell completion scripts generated from the command model. */
package io.eksform.cli.completion;
