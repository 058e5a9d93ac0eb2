package io.eksform.sandbox.dynamodb;

import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scan and Query, for people who look at the lock table with the AWS CLI: items in key order,
 * {@code FilterExpression}, {@code ProjectionExpression}, {@code Limit} with {@code
 * ExclusiveStartKey} and {@code LastEvaluatedKey}, and {@code Select: COUNT}. A Query's {@code
 * KeyConditionExpression} must compare the partition key with {@code =}; the sandbox then tests it
 * as it tests a filter, which gives the same items on tables this small.
 */
final class ReadOperations {
  private final DynamoDbTables tables;

  ReadOperations(DynamoDbTables tables) {
    this.tables = tables;
  }

  Reply scan(SandboxRequest r) {
    ObjectNode body = DynamoJson.body(r);
    Table table = table(r, body);
    Expressions expressions = Expressions.of(body);
    return read(r, body, table, expressions, null);
  }

  Reply query(SandboxRequest r) {
    ObjectNode body = DynamoJson.body(r);
    Table table = table(r, body);
    Expressions expressions = Expressions.of(body);
    String keyText = DynamoJson.text(body, "KeyConditionExpression");
    if (keyText == null) {
      throw DynamoErrors.validation(
          "Either the KeyConditions or KeyConditionExpression parameter must be specified in the"
              + " request.");
    }
    Condition key = expressions.condition(keyText);
    String hash = table.keyNames().get(0);
    if (!comparesWithEquals(key, hash)) {
      throw DynamoErrors.validation(
          "Query condition missed key schema element: " + hash + " (compare it with =)");
    }
    return read(r, body, table, expressions, key);
  }

  private Reply read(
      SandboxRequest r, ObjectNode body, Table table, Expressions expressions, Condition key) {
    String filterText = DynamoJson.text(body, "FilterExpression");
    Condition filter = filterText == null ? null : expressions.condition(filterText);
    String projectionText = DynamoJson.text(body, "ProjectionExpression");
    List<String> projection =
        projectionText == null ? null : expressions.projection(projectionText);
    expressions.checkAllUsed();
    boolean countOnly = "COUNT".equals(DynamoJson.text(body, "Select"));
    int limit = body.path("Limit").asInt(Integer.MAX_VALUE);
    if (body.has("Limit") && limit < 1) {
      throw DynamoErrors.validation(
          "1 validation error detected: Value '"
              + limit
              + "' at 'limit' failed to satisfy constraint: Member must have value greater than or"
              + " equal to 1");
    }
    ObjectNode start = DynamoJson.objectMember(body, "ExclusiveStartKey");
    String after = start == null ? null : AttributeValues.keyText(table, start);
    List<ObjectNode> found = new ArrayList<>();
    int scanned = 0;
    ObjectNode lastKey = null;
    for (Map.Entry<String, ObjectNode> e : tables.items(r.region(), table.name()).entrySet()) {
      if (after != null && e.getKey().compareTo(after) <= 0) {
        continue;
      }
      ObjectNode item = e.getValue();
      if (key != null && !key.test(item)) {
        continue;
      }
      scanned++;
      if (filter == null || filter.test(item)) {
        found.add(item);
      }
      if (scanned == limit) {
        lastKey = keyOf(table, item);
        break;
      }
    }
    ObjectNode out = DynamoJson.object();
    if (!countOnly) {
      ArrayNode items = out.putArray("Items");
      for (ObjectNode item : found) {
        ObjectNode shown = item.deepCopy();
        if (projection != null) {
          shown.retain(projection);
        }
        items.add(shown);
      }
    }
    out.put("Count", found.size());
    out.put("ScannedCount", scanned);
    if (lastKey != null) {
      out.set("LastEvaluatedKey", lastKey);
    }
    return DynamoJson.ok(out);
  }

  /** True when {@code condition} holds {@code name = value}, alone or in a top-level AND. */
  private static boolean comparesWithEquals(Condition condition, String name) {
    if (condition instanceof Condition.And and) {
      return comparesWithEquals(and.left(), name) || comparesWithEquals(and.right(), name);
    }
    return condition instanceof Condition.Compare compare
        && compare.operator().equals("=")
        && compare.left() instanceof Condition.Attribute attribute
        && attribute.name().equals(name);
  }

  private static ObjectNode keyOf(Table table, ObjectNode item) {
    ObjectNode key = DynamoJson.object();
    for (String name : table.keyNames()) {
      JsonNode value = item.get(name);
      key.set(name, value.deepCopy());
    }
    return key;
  }

  private Table table(SandboxRequest r, ObjectNode body) {
    String name = TableOperations.tableName(body);
    for (String legacy : List.of("ScanFilter", "QueryFilter", "KeyConditions", "AttributesToGet")) {
      if (body.has(legacy) && !body.get(legacy).isNull()) {
        throw DynamoErrors.validation(
            "The sandbox does not support the legacy parameter "
                + legacy
                + "; use KeyConditionExpression, FilterExpression or ProjectionExpression.");
      }
    }
    return tables.table(r.region(), name).orElseThrow(DynamoErrors::tableNotFound);
  }
}
