/**
 * The field ledger: every leaf path of the ClusterConfig schema with one {@link
 * io.eksform.engine.ledger.Disposition} (planned, create-only, validated-only, not managed yet),
 * the resource kind it belongs to and the reason, read from {@code field-ledger.tsv}. A plan uses
 * it to name every field of a config that it does not act on; {@code eksform coverage} prints it.
 */
package io.eksform.engine.ledger;
