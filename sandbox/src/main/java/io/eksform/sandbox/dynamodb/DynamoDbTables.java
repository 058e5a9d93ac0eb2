package io.eksform.sandbox.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The DynamoDB tables of an account and their items, keyed by {@code region/table}. Not thread-safe
 * by itself: like the rest of the account, it is used only under the account lock.
 */
public final class DynamoDbTables {
  /** The lock table a sandbox seeded from the {@code eksworkshop} scenario starts with. */
  public static final String LOCK_TABLE = "eksform-locks";

  private final Map<String, Table> tables = new TreeMap<>();
  private final Map<String, TreeMap<String, ObjectNode>> items = new TreeMap<>();

  /** No tables. */
  public static DynamoDbTables empty() {
    return new DynamoDbTables();
  }

  /**
   * One on-demand table {@value #LOCK_TABLE} in {@code region} with the string partition key {@code
   * LockID}: the layout eksform's apply lock expects.
   */
  public static DynamoDbTables withLockTable(String accountId, String region, long now) {
    DynamoDbTables out = new DynamoDbTables();
    out.create(
        region,
        new Table(
            LOCK_TABLE,
            arn(accountId, region, LOCK_TABLE),
            new UUID(now, LOCK_TABLE.hashCode()).toString(),
            List.of(new Table.KeyElement("LockID", "HASH")),
            List.of(new Table.AttributeDefinition("LockID", "S")),
            "PAY_PER_REQUEST",
            0,
            0,
            now));
    return out;
  }

  static String arn(String accountId, String region, String table) {
    return "arn:aws:dynamodb:" + region + ":" + accountId + ":table/" + table;
  }

  private static String key(String region, String table) {
    return region + "/" + table;
  }

  Optional<Table> table(String region, String name) {
    return Optional.ofNullable(tables.get(key(region, name)));
  }

  void create(String region, Table table) {
    tables.put(key(region, table.name()), table);
    items.put(key(region, table.name()), new TreeMap<>());
  }

  void drop(String region, String name) {
    tables.remove(key(region, name));
    items.remove(key(region, name));
  }

  /** The table names of a region, sorted. */
  List<String> names(String region) {
    List<String> out = new ArrayList<>();
    tables.forEach(
        (k, t) -> {
          if (k.startsWith(region + "/")) {
            out.add(t.name());
          }
        });
    return out;
  }

  /** The items of a table by their key text (see {@link AttributeValues#keyText}). */
  Map<String, ObjectNode> items(String region, String table) {
    return items.computeIfAbsent(key(region, table), k -> new TreeMap<>());
  }

  /** Every table and item: {@code {"tables": [{"region", "table", "items": [...]}]}}. */
  public JsonNode toJson() {
    ObjectNode json = DynamoJson.object();
    ArrayNode list = json.putArray("tables");
    tables.forEach(
        (k, table) -> {
          ObjectNode entry = list.addObject();
          entry.put("region", k.substring(0, k.indexOf('/')));
          entry.set("table", DynamoJson.JSON.valueToTree(table));
          ArrayNode stored = entry.putArray("items");
          items.getOrDefault(k, new TreeMap<>()).values().forEach(i -> stored.add(i.deepCopy()));
        });
    return json;
  }

  /** Reads what {@link #toJson()} wrote; a malformed document raises IllegalArgumentException. */
  public static DynamoDbTables fromJson(JsonNode json) {
    JsonNode list = json.path("tables");
    if (!list.isArray()) {
      throw new IllegalArgumentException("DynamoDB state must be an object with a \"tables\" list");
    }
    DynamoDbTables out = new DynamoDbTables();
    for (JsonNode entry : list) {
      String region = entry.path("region").asString("");
      Table table;
      try {
        table = DynamoJson.JSON.treeToValue(entry.path("table"), Table.class);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("a DynamoDB table in the state is malformed: " + e, e);
      }
      out.create(region, table);
      List<ObjectNode> stored = new ArrayList<>();
      for (JsonNode item : entry.path("items")) {
        if (item instanceof ObjectNode object) {
          stored.add(object);
        }
      }
      Map<String, ObjectNode> byKey = out.items(region, table.name());
      for (ObjectNode item : stored) {
        byKey.put(AttributeValues.keyText(table, item), item);
      }
    }
    return out;
  }
}
