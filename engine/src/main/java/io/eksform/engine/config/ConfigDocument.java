package io.eksform.engine.config;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A ClusterConfig document as loaded: the file it came from, its index in that file, its tree
 * (after {@code ${VAR}} expansion when asked for), where each node came from, and the text of its
 * numeric scalars as written. The tree is shared and must not be modified.
 */
public record ConfigDocument(
    String file, int index, JsonNode tree, SourceMap sourceMap, Map<String, String> numberTexts) {
  public ConfigDocument {
    numberTexts = Map.copyOf(numberTexts);
  }

  /** The cluster name ({@code metadata.name}) or "" when absent. */
  public String clusterName() {
    return tree.path("metadata").path("name").asString("");
  }
}
