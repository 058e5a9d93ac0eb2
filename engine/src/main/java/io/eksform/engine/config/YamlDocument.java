package io.eksform.engine.config;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One YAML (or JSON) document of a file: its tree, where each node came from, the original text of
 * numeric scalars (so that {@code 1.30} can be quoted back to the user as written), and its index
 * in a multi-document file.
 */
public record YamlDocument(
    int index, JsonNode root, SourceMap sourceMap, Map<String, String> numberTexts) {
  public YamlDocument {
    numberTexts = Map.copyOf(numberTexts);
  }
}
