package io.eksform.sandbox.dynamodb;

import io.eksform.sandbox.http.AwsError;
import io.eksform.sandbox.http.Operation;
import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import io.eksform.sandbox.http.ServiceApi;
import java.time.Clock;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Amazon DynamoDB (JSON 1.0): routes {@code X-Amz-Target: DynamoDB_20120810.<Operation>} to the
 * table and item operations and renders errors as {@code {"__type": "<namespace>#<code>"}}.
 */
public final class DynamoDbApi implements ServiceApi {
  /** The prefix of every DynamoDB operation's {@code X-Amz-Target} header. */
  public static final String TARGET_PREFIX = "DynamoDB_20120810.";

  private final TableOperations tableOperations;
  private final ItemOperations items;
  private final ReadOperations reads;

  /** The DynamoDB API over an account's tables. */
  public DynamoDbApi(DynamoDbTables tables, String accountId, Clock clock) {
    this.tableOperations = new TableOperations(tables, accountId, clock);
    this.items = new ItemOperations(tables);
    this.reads = new ReadOperations(tables);
  }

  @Override
  public Operation route(SandboxRequest r) {
    String target = String.valueOf(r.header("x-amz-target"));
    String name =
        target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : target;
    if (!r.method().equals("POST") || !r.segments().isEmpty()) {
      throw unknown(r.method() + " /" + String.join("/", r.segments()));
    }
    return switch (name) {
      case "CreateTable" -> Operation.write(name, () -> tableOperations.create(r));
      case "DescribeTable" -> Operation.read(name, () -> tableOperations.describe(r));
      case "DeleteTable" -> Operation.write(name, () -> tableOperations.delete(r));
      case "ListTables" -> Operation.read(name, () -> tableOperations.list(r));
      case "PutItem" -> Operation.write(name, () -> items.put(r));
      case "GetItem" -> Operation.read(name, () -> items.get(r));
      case "DeleteItem" -> Operation.write(name, () -> items.delete(r));
      case "Scan" -> Operation.read(name, () -> reads.scan(r));
      case "Query" -> Operation.read(name, () -> reads.query(r));
      default -> throw unknown(target);
    };
  }

  private static AwsError unknown(String what) {
    return new AwsError(
        "UnknownOperationException",
        400,
        "The sandbox's DynamoDB API has no operation for "
            + what
            + " (it serves CreateTable, DescribeTable, DeleteTable, ListTables, PutItem, GetItem,"
            + " DeleteItem, Scan and Query)");
  }

  @Override
  public Reply error(AwsError error, SandboxRequest request) {
    ObjectNode body = DynamoJson.object();
    body.put("__type", DynamoErrors.namespace(error.code()) + error.code());
    body.put("message", error.getMessage());
    String item = error.fields().get(DynamoErrors.ITEM_FIELD);
    if (item != null) {
      // AwsError carries text members only, so the item travels as JSON text and is put back here.
      body.set(DynamoErrors.ITEM_FIELD, DynamoJson.JSON.readTree(item));
    }
    return DynamoJson.reply(error.status(), body, Map.of());
  }

  @Override
  public AwsError throttled() {
    return new AwsError(
        "ThrottlingException", 400, "Rate of requests exceeds the allowed throughput.");
  }

  @Override
  public AwsError internalFailure() {
    return new AwsError("InternalServerError", 500, "Internal server error");
  }
}
