package io.eksform.engine.policy;

import io.eksform.engine.lint.Severity;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the rules a Rego file declares from its {@code # METADATA} comment blocks: YAML with {@code
 * title}, {@code description} and {@code custom: {id, severity, remediation}}. Blocks without a
 * {@code custom.id} describe no rule of ours and are ignored.
 */
final class MetadataParser {
  private static final YAMLMapper YAML = new YAMLMapper();

  private MetadataParser() {}

  static List<PolicyRule> parse(String file, String source) {
    List<PolicyRule> rules = new ArrayList<>();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].trim().equals("# METADATA")) {
        continue;
      }
      StringBuilder yaml = new StringBuilder();
      int j = i + 1;
      while (j < lines.length && lines[j].trim().startsWith("#")) {
        String text = lines[j].trim().substring(1);
        yaml.append(text.startsWith(" ") ? text.substring(1) : text).append('\n');
        j++;
      }
      read(file, i + 1, yaml.toString()).ifPresent(rules::add);
      i = j - 1;
    }
    return rules;
  }

  private static java.util.Optional<PolicyRule> read(String file, int line, String yaml) {
    JsonNode node;
    try {
      node = YAML.readTree(yaml);
    } catch (JacksonException e) {
      throw new PolicyException(
          file + ":" + line + ": the METADATA block is not valid YAML: " + e.getOriginalMessage());
    }
    JsonNode custom = node.path("custom");
    String id = custom.path("id").asString("");
    if (id.isEmpty()) {
      return java.util.Optional.empty();
    }
    Severity severity;
    try {
      severity = Severity.parse(custom.path("severity").asString("error"));
    } catch (IllegalArgumentException e) {
      throw new PolicyException(file + ":" + line + ": rule " + id + ": " + e.getMessage());
    }
    return java.util.Optional.of(
        new PolicyRule(
            id,
            node.path("title").asString(id),
            node.path("description").asString(""),
            severity,
            custom.path("remediation").asString("")));
  }
}
