package io.eksform.sandbox.dynamodb;

import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * CreateTable, DescribeTable, DeleteTable and ListTables. Tables become usable at once: CreateTable
 * answers {@code CREATING} as AWS does, and every later call sees the table {@code ACTIVE}.
 */
final class TableOperations {
  private final DynamoDbTables tables;
  private final String accountId;
  private final Clock clock;

  TableOperations(DynamoDbTables tables, String accountId, Clock clock) {
    this.tables = tables;
    this.accountId = accountId;
    this.clock = clock;
  }

  Reply create(SandboxRequest r) {
    ObjectNode body = DynamoJson.body(r);
    String name = tableName(body);
    List<Table.AttributeDefinition> definitions = definitions(body);
    List<Table.KeyElement> keys = keySchema(body, definitions);
    for (String unsupported :
        List.of("GlobalSecondaryIndexes", "LocalSecondaryIndexes", "StreamSpecification")) {
      if (body.has(unsupported) && !body.get(unsupported).isNull()) {
        throw DynamoErrors.validation("The sandbox does not support " + unsupported + ".");
      }
    }
    String billing = DynamoJson.text(body, "BillingMode");
    billing = billing == null ? "PROVISIONED" : billing;
    ObjectNode throughput = DynamoJson.objectMember(body, "ProvisionedThroughput");
    long read = 0;
    long write = 0;
    if (billing.equals("PROVISIONED")) {
      if (throughput == null) {
        throw DynamoErrors.invalidParameter(
            "ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is"
                + " PROVISIONED");
      }
      read = capacity(throughput, "ReadCapacityUnits");
      write = capacity(throughput, "WriteCapacityUnits");
    } else if (billing.equals("PAY_PER_REQUEST")) {
      if (throughput != null) {
        throw DynamoErrors.invalidParameter(
            "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode"
                + " is PAY_PER_REQUEST");
      }
    } else {
      throw DynamoErrors.validation(
          "1 validation error detected: Value '"
              + billing
              + "' at 'billingMode' failed to satisfy constraint: Member must satisfy enum value"
              + " set: [PROVISIONED, PAY_PER_REQUEST]");
    }
    if (tables.table(r.region(), name).isPresent()) {
      throw DynamoErrors.tableExists(name);
    }
    Table table =
        new Table(
            name,
            DynamoDbTables.arn(accountId, r.region(), name),
            UUID.randomUUID().toString(),
            keys,
            definitions,
            billing,
            read,
            write,
            clock.millis());
    tables.create(r.region(), table);
    return DynamoJson.ok(wrap("TableDescription", describe(table, "CREATING", 0)));
  }

  Reply describe(SandboxRequest r) {
    String name = tableName(DynamoJson.body(r));
    Table table =
        tables.table(r.region(), name).orElseThrow(() -> DynamoErrors.tableNotFound(name));
    int count = tables.items(r.region(), name).size();
    return DynamoJson.ok(wrap("Table", describe(table, "ACTIVE", count)));
  }

  Reply delete(SandboxRequest r) {
    String name = tableName(DynamoJson.body(r));
    Table table =
        tables.table(r.region(), name).orElseThrow(() -> DynamoErrors.tableNotFound(name));
    int count = tables.items(r.region(), name).size();
    tables.drop(r.region(), name);
    return DynamoJson.ok(wrap("TableDescription", describe(table, "DELETING", count)));
  }

  Reply list(SandboxRequest r) {
    ObjectNode body = DynamoJson.body(r);
    String start = DynamoJson.text(body, "ExclusiveStartTableName");
    JsonNode limitNode = body.get("Limit");
    int limit = limitNode == null || limitNode.isNull() ? 100 : limitNode.asInt();
    if (limit < 1 || limit > 100) {
      throw DynamoErrors.validation(
          "1 validation error detected: Value '"
              + limit
              + "' at 'limit' failed to satisfy constraint: Member must have value less than or"
              + " equal to 100");
    }
    List<String> names = tables.names(r.region());
    List<String> page = new ArrayList<>();
    for (String n : names) {
      if ((start == null || n.compareTo(start) > 0) && page.size() < limit) {
        page.add(n);
      }
    }
    ObjectNode out = DynamoJson.object();
    page.forEach(out.putArray("TableNames")::add);
    if (!page.isEmpty() && !page.get(page.size() - 1).equals(names.get(names.size() - 1))) {
      out.put("LastEvaluatedTableName", page.get(page.size() - 1));
    }
    return DynamoJson.ok(out);
  }

  /** A table name as AWS checks it: 3 to 255 of {@code a-z A-Z 0-9 _ - .}. */
  static String tableName(ObjectNode body) {
    String name = DynamoJson.text(body, "TableName");
    if (name == null) {
      throw DynamoErrors.required("tableName");
    }
    if (name.length() < 3 || name.length() > 255) {
      throw DynamoErrors.validation(
          "1 validation error detected: Value '"
              + name
              + "' at 'tableName' failed to satisfy constraint: Member must have length"
              + (name.length() < 3 ? " greater than or equal to 3" : " less than or equal to 255"));
    }
    if (!name.matches("[a-zA-Z0-9_.-]+")) {
      throw DynamoErrors.validation(
          "1 validation error detected: Value '"
              + name
              + "' at 'tableName' failed to satisfy constraint: Member must satisfy regular"
              + " expression pattern: [a-zA-Z0-9_.-]+");
    }
    return name;
  }

  private static List<Table.AttributeDefinition> definitions(ObjectNode body) {
    JsonNode list = body.get("AttributeDefinitions");
    if (list == null || list.isNull()) {
      throw DynamoErrors.required("attributeDefinitions");
    }
    List<Table.AttributeDefinition> out = new ArrayList<>();
    for (JsonNode d : list) {
      String name = DynamoJson.text(d, "AttributeName");
      String type = DynamoJson.text(d, "AttributeType");
      if (name == null || type == null) {
        throw DynamoErrors.required(name == null ? "attributeName" : "attributeType");
      }
      if (!List.of("S", "N", "B").contains(type)) {
        throw DynamoErrors.validation(
            "1 validation error detected: Value '"
                + type
                + "' at 'attributeDefinitions.1.member.attributeType' failed to satisfy"
                + " constraint: Member must satisfy enum value set: [B, N, S]");
      }
      out.add(new Table.AttributeDefinition(name, type));
    }
    return out;
  }

  private static List<Table.KeyElement> keySchema(
      ObjectNode body, List<Table.AttributeDefinition> definitions) {
    JsonNode list = body.get("KeySchema");
    if (list == null || list.isNull()) {
      throw DynamoErrors.required("keySchema");
    }
    List<Table.KeyElement> out = new ArrayList<>();
    for (JsonNode k : list) {
      String name = DynamoJson.text(k, "AttributeName");
      String type = DynamoJson.text(k, "KeyType");
      if (name == null || type == null) {
        throw DynamoErrors.required(name == null ? "attributeName" : "keyType");
      }
      out.add(new Table.KeyElement(name, type));
    }
    boolean shaped =
        (out.size() == 1 && out.get(0).keyType().equals("HASH"))
            || (out.size() == 2
                && out.get(0).keyType().equals("HASH")
                && out.get(1).keyType().equals("RANGE"));
    if (!shaped) {
      throw DynamoErrors.invalidParameter(
          "The key schema must hold one HASH key, optionally followed by one RANGE key");
    }
    Set<String> defined = new HashSet<>();
    definitions.forEach(d -> defined.add(d.attributeName()));
    for (Table.KeyElement k : out) {
      if (!defined.contains(k.attributeName())) {
        throw DynamoErrors.invalidParameter(
            "Some index key attributes are not defined in AttributeDefinitions. Keys: ["
                + k.attributeName()
                + "], AttributeDefinitions: "
                + defined);
      }
    }
    if (definitions.size() != out.size()) {
      throw DynamoErrors.invalidParameter(
          "Number of attributes in KeySchema does not exactly match number of attributes defined"
              + " in AttributeDefinitions");
    }
    return out;
  }

  private static long capacity(ObjectNode throughput, String member) {
    JsonNode v = throughput.get(member);
    if (v == null || !v.canConvertToLong() || v.asLong() < 1) {
      throw DynamoErrors.invalidParameter(member + " must be a number of 1 or more");
    }
    return v.asLong();
  }

  private static ObjectNode wrap(String name, ObjectNode inner) {
    ObjectNode out = DynamoJson.object();
    out.set(name, inner);
    return out;
  }

  private static ObjectNode describe(Table t, String status, int itemCount) {
    ObjectNode o = DynamoJson.object();
    var defs = o.putArray("AttributeDefinitions");
    t.attributeDefinitions()
        .forEach(
            d ->
                defs.addObject()
                    .put("AttributeName", d.attributeName())
                    .put("AttributeType", d.attributeType()));
    o.put("TableName", t.name());
    var keys = o.putArray("KeySchema");
    t.keySchema()
        .forEach(
            k ->
                keys.addObject()
                    .put("AttributeName", k.attributeName())
                    .put("KeyType", k.keyType()));
    o.put("TableStatus", status);
    o.put("CreationDateTime", BigDecimal.valueOf(t.createdAt(), 3));
    ObjectNode throughput = o.putObject("ProvisionedThroughput");
    throughput.put("NumberOfDecreasesToday", 0);
    throughput.put("ReadCapacityUnits", t.readCapacity());
    throughput.put("WriteCapacityUnits", t.writeCapacity());
    o.put("TableSizeBytes", 0);
    o.put("ItemCount", itemCount);
    o.put("TableArn", t.arn());
    o.put("TableId", t.id());
    if (t.billingMode().equals("PAY_PER_REQUEST")) {
      ObjectNode summary = o.putObject("BillingModeSummary");
      summary.put("BillingMode", "PAY_PER_REQUEST");
      summary.put("LastUpdateToPayPerRequestDateTime", BigDecimal.valueOf(t.createdAt(), 3));
    }
    o.put("DeletionProtectionEnabled", false);
    return o;
  }
}
