/**
 * Renderers of the field ledger for {@code eksform coverage}: one class per format (text table,
 * JSON, Markdown), reading the ledger's entries and deciding nothing.
 */
package io.eksform.engine.report.coverage;
