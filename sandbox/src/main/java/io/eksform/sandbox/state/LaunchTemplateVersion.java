package io.eksform.sandbox.state;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One version of an EC2 launch template. {@code data} is the launch template data as the AWS CLI
 * writes it (member names such as {@code ImageId}, {@code BlockDeviceMappings}, {@code
 * TagSpecifications}), every value as text, so that members the sandbox does not interpret are kept
 * and returned as given.
 */
public record LaunchTemplateVersion(
    long number, String description, long createdAt, String createdBy, JsonNode data) {

  /** Copies the data, with its scalar values as text (the EC2 query protocol is all text). */
  public LaunchTemplateVersion {
    data = data == null ? JsonNodeFactory.instance.objectNode() : texts(data);
  }

  /** A top-level member of the data as text, or null when absent or not a scalar. */
  public String text(String member) {
    JsonNode value = data.get(member);
    return value == null || value.isContainer() ? null : value.asString();
  }

  private static JsonNode texts(JsonNode node) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (node.isObject()) {
      ObjectNode out = nodes.objectNode();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (!e.getValue().isNull()) {
          out.set(e.getKey(), texts(e.getValue()));
        }
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = nodes.arrayNode();
      node.forEach(item -> out.add(texts(item)));
      return out;
    }
    return nodes.stringNode(node.asString());
  }
}
