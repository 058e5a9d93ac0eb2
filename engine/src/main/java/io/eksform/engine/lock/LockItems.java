package io.eksform.engine.lock;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The item layout of the lock table: partition key {@code LockID} (the cluster key), and the string
 * attributes {@code ID}, {@code Holder}, {@code Operation}, {@code Created} (ISO-8601 UTC) and
 * {@code Version}.
 */
final class LockItems {
  static final String KEY = "LockID";
  static final String ID = "ID";

  private LockItems() {}

  static Map<String, AttributeValue> key(String key) {
    return Map.of(KEY, AttributeValue.fromS(key));
  }

  static Map<String, AttributeValue> item(LockInfo info) {
    Map<String, AttributeValue> out = new LinkedHashMap<>();
    out.put(KEY, AttributeValue.fromS(info.key()));
    out.put(ID, AttributeValue.fromS(info.id()));
    out.put("Holder", AttributeValue.fromS(info.holder()));
    out.put("Operation", AttributeValue.fromS(info.operation()));
    out.put("Created", AttributeValue.fromS(info.created().toString()));
    out.put("Version", AttributeValue.fromS(info.version()));
    return out;
  }

  /** Reads an item; attributes a foreign writer left out read as "unknown". */
  static LockInfo info(Map<String, AttributeValue> item) {
    Instant created;
    try {
      created = Instant.parse(text(item, "Created"));
    } catch (DateTimeParseException e) {
      created = Instant.EPOCH;
    }
    return new LockInfo(
        text(item, KEY),
        text(item, ID),
        text(item, "Holder"),
        text(item, "Operation"),
        created,
        text(item, "Version"));
  }

  private static String text(Map<String, AttributeValue> item, String name) {
    AttributeValue v = item.get(name);
    return v == null || v.s() == null ? "unknown" : v.s();
  }
}
