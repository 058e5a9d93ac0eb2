/**
 * {@code eksform graph}: the apply order of a plan's changes, drawn as Mermaid or Graphviz DOT,
 * from a saved plan or from a config planned against its live cluster.
 */
package io.eksform.cli.graph;
