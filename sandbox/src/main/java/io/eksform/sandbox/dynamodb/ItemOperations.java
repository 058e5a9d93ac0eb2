package io.eksform.sandbox.dynamodb;

import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * PutItem, GetItem and DeleteItem, each write guarded by an optional condition expression tested
 * against the item it would replace: the compare-and-set a lock is built on. Every call is atomic
 * because the server runs it under the account lock.
 */
final class ItemOperations {
  private final DynamoDbTables tables;

  ItemOperations(DynamoDbTables tables) {
    this.tables = tables;
  }

  Reply put(SandboxRequest r) {
    ObjectNode body = DynamoJson.body(r);
    Table table = table(r, body);
    ObjectNode item = DynamoJson.objectMember(body, "Item");
    if (item == null) {
      throw DynamoErrors.required("item");
    }
    AttributeValues.checkAll(item);
    AttributeValues.checkKey(table, item, false);
    Map<String, ObjectNode> items = tables.items(r.region(), table.name());
    String key = AttributeValues.keyText(table, item);
    ObjectNode old = items.get(key);
    checkCondition(body, old);
    items.put(key, item.deepCopy());
    return DynamoJson.ok(returned(body, old));
  }

  Reply get(SandboxRequest r) {
    ObjectNode body = DynamoJson.body(r);
    Table table = table(r, body);
    ObjectNode key = key(table, body);
    Expressions expressions = Expressions.of(body);
    String projection = DynamoJson.text(body, "ProjectionExpression");
    List<String> attributes = projection == null ? null : expressions.projection(projection);
    expressions.checkAllUsed();
    ObjectNode item =
        tables.items(r.region(), table.name()).get(AttributeValues.keyText(table, key));
    ObjectNode out = DynamoJson.object();
    if (item != null) {
      ObjectNode shown = item.deepCopy();
      if (attributes != null) {
        shown.retain(attributes);
      }
      out.set("Item", shown);
    }
    return DynamoJson.ok(out);
  }

  Reply delete(SandboxRequest r) {
    ObjectNode body = DynamoJson.body(r);
    Table table = table(r, body);
    ObjectNode key = key(table, body);
    Map<String, ObjectNode> items = tables.items(r.region(), table.name());
    String keyText = AttributeValues.keyText(table, key);
    ObjectNode old = items.get(keyText);
    checkCondition(body, old);
    items.remove(keyText);
    return DynamoJson.ok(returned(body, old));
  }

  private Table table(SandboxRequest r, ObjectNode body) {
    String name = TableOperations.tableName(body);
    for (String legacy : List.of("Expected", "ConditionalOperator", "AttributesToGet")) {
      if (body.has(legacy) && !body.get(legacy).isNull()) {
        throw DynamoErrors.validation(
            "The sandbox does not support the legacy parameter "
                + legacy
                + "; use ConditionExpression or ProjectionExpression.");
      }
    }
    return tables.table(r.region(), name).orElseThrow(DynamoErrors::tableNotFound);
  }

  private static ObjectNode key(Table table, ObjectNode body) {
    ObjectNode key = DynamoJson.objectMember(body, "Key");
    if (key == null) {
      throw DynamoErrors.required("key");
    }
    AttributeValues.checkAll(key);
    AttributeValues.checkKey(table, key, true);
    return key;
  }

  /** Tests the request's condition against the current item; a failure may carry that item. */
  private static void checkCondition(ObjectNode body, ObjectNode current) {
    Expressions expressions = Expressions.of(body);
    String text = DynamoJson.text(body, "ConditionExpression");
    Condition condition = text == null ? null : expressions.condition(text);
    expressions.checkAllUsed();
    String onFailure = returnValues(body, "ReturnValuesOnConditionCheckFailure");
    if (condition != null && !condition.test(current == null ? DynamoJson.object() : current)) {
      boolean withItem = onFailure.equals("ALL_OLD") && current != null;
      throw DynamoErrors.conditionFailed(
          withItem ? DynamoJson.JSON.writeValueAsString(current) : null);
    }
  }

  private static ObjectNode returned(ObjectNode body, ObjectNode old) {
    ObjectNode out = DynamoJson.object();
    if (returnValues(body, "ReturnValues").equals("ALL_OLD") && old != null) {
      out.set("Attributes", old);
    }
    return out;
  }

  private static String returnValues(ObjectNode body, String member) {
    String value = DynamoJson.text(body, member);
    if (value == null || value.equals("NONE") || value.equals("ALL_OLD")) {
      return value == null ? "NONE" : value;
    }
    JsonNode given = body.get(member);
    throw DynamoErrors.validation(
        "1 validation error detected: Value '"
            + given.asString()
            + "' at '"
            + Character.toLowerCase(member.charAt(0))
            + member.substring(1)
            + "' failed to satisfy constraint: Member must satisfy enum value set: [ALL_OLD,"
            + " NONE] (the sandbox's PutItem and DeleteItem answer these two)");
  }
}
