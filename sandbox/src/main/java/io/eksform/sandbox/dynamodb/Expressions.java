package io.eksform.sandbox.dynamodb;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The expressions of one request with their {@code ExpressionAttributeNames} ({@code #n}) and
 * {@code ExpressionAttributeValues} ({@code :v}): parses them, resolves the placeholders and, as
 * DynamoDB does, refuses placeholders that are undefined or given but never used.
 */
final class Expressions {
  private final ObjectNode names;
  private final ObjectNode values;
  private final Set<String> usedNames = new LinkedHashSet<>();
  private final Set<String> usedValues = new LinkedHashSet<>();
  private boolean anyExpression;

  private Expressions(ObjectNode names, ObjectNode values) {
    this.names = names;
    this.values = values;
  }

  /** Reads the placeholder maps of a request body. */
  static Expressions of(ObjectNode body) {
    ObjectNode names = DynamoJson.objectMember(body, "ExpressionAttributeNames");
    ObjectNode values = DynamoJson.objectMember(body, "ExpressionAttributeValues");
    if (values != null) {
      if (values.isEmpty()) {
        throw DynamoErrors.validation("ExpressionAttributeValues must not be empty");
      }
      AttributeValues.checkAll(values);
    }
    if (names != null && names.isEmpty()) {
      throw DynamoErrors.validation("ExpressionAttributeNames must not be empty");
    }
    return new Expressions(
        names == null ? DynamoJson.object() : names, values == null ? DynamoJson.object() : values);
  }

  /** Parses a condition expression ({@code ConditionExpression}); blank text is refused. */
  Condition condition(String text) {
    anyExpression = true;
    return new ConditionParser(text, this).parse();
  }

  /** The top-level attribute names of a {@code ProjectionExpression}. */
  List<String> projection(String text) {
    anyExpression = true;
    List<String> out = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      String path = part.strip();
      if (path.isEmpty() || !path.matches("#?[A-Za-z0-9_]+")) {
        throw DynamoErrors.validation(
            "Invalid ProjectionExpression: the sandbox supports top-level attribute names only;"
                + " path: "
                + path);
      }
      out.add(attributeName(path, "ProjectionExpression"));
    }
    return List.copyOf(out);
  }

  /** Resolves {@code #name} placeholders; plain names stand for themselves. */
  String attributeName(String token, String expressionKind) {
    if (!token.startsWith("#")) {
      return token;
    }
    JsonNode name = names.get(token);
    if (name == null || !name.isString()) {
      throw DynamoErrors.validation(
          "Invalid "
              + expressionKind
              + ": An expression attribute name used in the document path is not defined;"
              + " attribute name: "
              + token);
    }
    usedNames.add(token);
    return name.stringValue();
  }

  /** Resolves a {@code :value} placeholder. */
  JsonNode attributeValue(String token, String expressionKind) {
    JsonNode value = values.get(token);
    if (value == null) {
      throw DynamoErrors.validation(
          "Invalid "
              + expressionKind
              + ": An expression attribute value used in expression is not defined;"
              + " attribute value: "
              + token);
    }
    usedValues.add(token);
    return value;
  }

  /** Refuses placeholders that no expression used (and maps given with no expression at all). */
  void checkAllUsed() {
    if (!anyExpression && !names.isEmpty()) {
      throw DynamoErrors.validation(
          "ExpressionAttributeNames can only be specified when using expressions");
    }
    if (!anyExpression && !values.isEmpty()) {
      throw DynamoErrors.validation(
          "ExpressionAttributeValues can only be specified when using expressions: "
              + "ConditionExpression is null");
    }
    Set<String> unusedNames = unused(names, usedNames);
    if (!unusedNames.isEmpty()) {
      throw DynamoErrors.validation(
          "Value provided in ExpressionAttributeNames unused in expressions: keys: {"
              + String.join(", ", unusedNames)
              + "}");
    }
    Set<String> unusedValues = unused(values, usedValues);
    if (!unusedValues.isEmpty()) {
      throw DynamoErrors.validation(
          "Value provided in ExpressionAttributeValues unused in expressions: keys: {"
              + String.join(", ", unusedValues)
              + "}");
    }
  }

  private static Set<String> unused(ObjectNode given, Set<String> used) {
    Set<String> out = new TreeSet<>();
    for (Map.Entry<String, JsonNode> e : given.properties()) {
      if (!used.contains(e.getKey())) {
        out.add(e.getKey());
      }
    }
    return out;
  }
}
