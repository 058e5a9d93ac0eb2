/** {@code eksform coverage}: prints the field ledger. */
package io.eksform.cli.coverage;
