package io.eksform.sandbox.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.SandboxOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The sandbox's DynamoDB API over HTTP, driven by the real AWS SDK v2 client. */
class DynamoDbApiTest {
  @TempDir Path dir;
  Sandbox sandbox;
  DynamoDbClient dynamo;

  @BeforeEach
  void start() {
    sandbox =
        Sandbox.start(
            SandboxOptions.defaults()
                .withScenario("eksworkshop")
                .withStateFile(dir.resolve("state.json")));
    dynamo = client(sandbox, Region.US_WEST_2);
  }

  static DynamoDbClient client(Sandbox sandbox, Region region) {
    return DynamoDbClient.builder()
        .endpointOverride(sandbox.endpoint())
        .region(region)
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(
                    io.eksform.sandbox.http.SandboxKeys.ACCESS_KEY_ID,
                    io.eksform.sandbox.http.SandboxKeys.SECRET_ACCESS_KEY)))
        .build();
  }

  @AfterEach
  void stop() {
    dynamo.close();
    sandbox.close();
  }

  static AttributeValue s(String text) {
    return AttributeValue.fromS(text);
  }

  void createTable(String name) {
    dynamo.createTable(
        t ->
            t.tableName(name)
                .attributeDefinitions(
                    a -> a.attributeName("LockID").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("LockID").keyType(KeyType.HASH))
                .billingMode(BillingMode.PAY_PER_REQUEST));
  }

  @Test
  void theEksworkshopScenarioStartsWithTheLockTable() {
    var table = dynamo.describeTable(d -> d.tableName("eksform-locks")).table();
    assertEquals(TableStatus.ACTIVE, table.tableStatus());
    assertEquals("LockID", table.keySchema().get(0).attributeName());
    assertEquals(KeyType.HASH, table.keySchema().get(0).keyType());
    assertEquals(ScalarAttributeType.S, table.attributeDefinitions().get(0).attributeType());
    assertEquals(BillingMode.PAY_PER_REQUEST, table.billingModeSummary().billingMode());
    assertEquals("arn:aws:dynamodb:us-west-2:123456789012:table/eksform-locks", table.tableArn());
  }

  @Test
  void createdTablesAreDescribedListedAndDeleted() {
    var created =
        dynamo
            .createTable(
                t ->
                    t.tableName("locks-2")
                        .attributeDefinitions(
                            a -> a.attributeName("LockID").attributeType(ScalarAttributeType.S))
                        .keySchema(k -> k.attributeName("LockID").keyType(KeyType.HASH))
                        .provisionedThroughput(p -> p.readCapacityUnits(1L).writeCapacityUnits(1L)))
            .tableDescription();
    assertEquals(TableStatus.CREATING, created.tableStatus());
    assertEquals(1L, created.provisionedThroughput().readCapacityUnits());
    dynamo.waiter().waitUntilTableExists(w -> w.tableName("locks-2"));
    assertEquals(List.of("eksform-locks", "locks-2"), dynamo.listTables().tableNames());
    assertThrows(ResourceInUseException.class, () -> createTable("locks-2"));
    dynamo.deleteTable(d -> d.tableName("locks-2"));
    assertThrows(
        ResourceNotFoundException.class, () -> dynamo.describeTable(d -> d.tableName("locks-2")));
  }

  @Test
  void tablesBelongToTheirRegion() {
    try (DynamoDbClient east = client(sandbox, Region.US_EAST_1)) {
      ResourceNotFoundException e =
          assertThrows(
              ResourceNotFoundException.class,
              () -> east.describeTable(d -> d.tableName("eksform-locks")));
      assertTrue(e.getMessage().contains("Table: eksform-locks not found"), e.getMessage());
    }
  }

  @Test
  void aConditionalPutWinsOnceAndTheLoserSeesTheHolder() {
    Map<String, AttributeValue> first = Map.of("LockID", s("a/b/c"), "ID", s("one"));
    Map<String, AttributeValue> second = Map.of("LockID", s("a/b/c"), "ID", s("two"));
    dynamo.putItem(
        p ->
            p.tableName("eksform-locks")
                .item(first)
                .conditionExpression("attribute_not_exists(#k)")
                .expressionAttributeNames(Map.of("#k", "LockID")));
    ConditionalCheckFailedException e =
        assertThrows(
            ConditionalCheckFailedException.class,
            () ->
                dynamo.putItem(
                    p ->
                        p.tableName("eksform-locks")
                            .item(second)
                            .conditionExpression("attribute_not_exists(#k)")
                            .expressionAttributeNames(Map.of("#k", "LockID"))
                            .returnValuesOnConditionCheckFailure(
                                ReturnValuesOnConditionCheckFailure.ALL_OLD)));
    assertEquals("ConditionalCheckFailedException", e.awsErrorDetails().errorCode());
    assertEquals(400, e.statusCode());
    assertEquals(first, e.item());
    var stored =
        dynamo.getItem(g -> g.tableName("eksform-locks").key(Map.of("LockID", s("a/b/c")))).item();
    assertEquals(first, stored);
  }

  @Test
  void aConditionalDeleteRemovesOnlyTheNamedHolder() {
    dynamo.putItem(
        p -> p.tableName("eksform-locks").item(Map.of("LockID", s("k"), "ID", s("mine"))));
    assertThrows(
        ConditionalCheckFailedException.class,
        () ->
            dynamo.deleteItem(
                d ->
                    d.tableName("eksform-locks")
                        .key(Map.of("LockID", s("k")))
                        .conditionExpression("#id = :id")
                        .expressionAttributeNames(Map.of("#id", "ID"))
                        .expressionAttributeValues(Map.of(":id", s("theirs")))));
    var removed =
        dynamo.deleteItem(
            d ->
                d.tableName("eksform-locks")
                    .key(Map.of("LockID", s("k")))
                    .conditionExpression("#id = :id")
                    .expressionAttributeNames(Map.of("#id", "ID"))
                    .expressionAttributeValues(Map.of(":id", s("mine")))
                    .returnValues(ReturnValue.ALL_OLD));
    assertEquals(s("mine"), removed.attributes().get("ID"));
    assertFalse(
        dynamo.getItem(g -> g.tableName("eksform-locks").key(Map.of("LockID", s("k")))).hasItem());
    // deleting what is not there without a condition succeeds, as on AWS
    dynamo.deleteItem(d -> d.tableName("eksform-locks").key(Map.of("LockID", s("k"))));
  }

  @Test
  void expressionsCombineComparisonsAndFunctions() {
    dynamo.putItem(
        p ->
            p.tableName("eksform-locks")
                .item(Map.of("LockID", s("k"), "N", AttributeValue.fromN("10"), "T", s("apply"))));
    String condition =
        "(#n BETWEEN :lo AND :hi) AND begins_with(T, :p) AND NOT attribute_exists(Gone)"
            + " AND #n IN (:lo, :ten) AND #n <> :hi";
    dynamo.putItem(
        p ->
            p.tableName("eksform-locks")
                .item(Map.of("LockID", s("k")))
                .conditionExpression(condition)
                .expressionAttributeNames(Map.of("#n", "N"))
                .expressionAttributeValues(
                    Map.of(
                        ":lo", AttributeValue.fromN("1"),
                        ":hi", AttributeValue.fromN("20"),
                        ":ten", AttributeValue.fromN("10.0"),
                        ":p", s("app"))));
    assertEquals(
        Map.of("LockID", s("k")),
        dynamo.getItem(g -> g.tableName("eksform-locks").key(Map.of("LockID", s("k")))).item());
  }

  @Test
  void aMissingTableIsResourceNotFound() {
    ResourceNotFoundException e =
        assertThrows(
            ResourceNotFoundException.class,
            () -> dynamo.putItem(p -> p.tableName("no-such-table").item(Map.of("LockID", s("k")))));
    assertEquals("ResourceNotFoundException", e.awsErrorDetails().errorCode());
    assertTrue(e.getMessage().startsWith("Requested resource not found"), e.getMessage());
  }

  @Test
  void malformedRequestsAreValidationErrors() {
    assertValidation(
        "Missing the key LockID in the item",
        () -> dynamo.putItem(p -> p.tableName("eksform-locks").item(Map.of("Other", s("x")))));
    assertValidation(
        "Type mismatch for key LockID expected: S actual: N",
        () ->
            dynamo.putItem(
                p ->
                    p.tableName("eksform-locks")
                        .item(Map.of("LockID", AttributeValue.fromN("1")))));
    assertValidation(
        "The provided key element does not match the schema",
        () ->
            dynamo.getItem(
                g -> g.tableName("eksform-locks").key(Map.of("LockID", s("k"), "X", s("y")))));
    assertValidation(
        "unused in expressions: keys: {#unused}",
        () ->
            dynamo.putItem(
                p ->
                    p.tableName("eksform-locks")
                        .item(Map.of("LockID", s("k")))
                        .conditionExpression("attribute_not_exists(LockID)")
                        .expressionAttributeNames(Map.of("#unused", "X"))));
    assertValidation(
        "attribute value: :missing",
        () ->
            dynamo.putItem(
                p ->
                    p.tableName("eksform-locks")
                        .item(Map.of("LockID", s("k")))
                        .conditionExpression("LockID = :missing")));
    assertValidation(
        "Syntax error",
        () ->
            dynamo.putItem(
                p ->
                    p.tableName("eksform-locks")
                        .item(Map.of("LockID", s("k")))
                        .conditionExpression("attribute_not_exists(LockID) AND")));
    assertValidation(
        "empty string value. Key: LockID",
        () -> dynamo.putItem(p -> p.tableName("eksform-locks").item(Map.of("LockID", s("")))));
    assertValidation(
        "Member must have length greater than or equal to 3",
        () -> dynamo.describeTable(d -> d.tableName("ab")));
  }

  private static void assertValidation(String expected, Runnable call) {
    DynamoDbException e = assertThrows(DynamoDbException.class, call::run);
    assertEquals("ValidationException", e.awsErrorDetails().errorCode(), e.getMessage());
    assertEquals(400, e.statusCode());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void tablesAndItemsSurviveARestart() {
    createTable("kept-table");
    dynamo.putItem(p -> p.tableName("kept-table").item(Map.of("LockID", s("k"), "A", s("v"))));
    dynamo.close();
    sandbox.close();
    sandbox = Sandbox.start(SandboxOptions.defaults().withStateFile(dir.resolve("state.json")));
    dynamo = client(sandbox, Region.US_WEST_2);
    assertEquals(
        Map.of("LockID", s("k"), "A", s("v")),
        dynamo.getItem(g -> g.tableName("kept-table").key(Map.of("LockID", s("k")))).item());
    assertEquals(List.of("eksform-locks", "kept-table"), dynamo.listTables().tableNames());
  }

  @Test
  void aStateFileFromBeforeDynamoDbStartsWithTheLockTable() throws Exception {
    dynamo.close();
    sandbox.close();
    Path file = dir.resolve("state.json");
    JsonMapper json = JsonMapper.builder().build();
    ObjectNode state = (ObjectNode) json.readTree(file.toFile());
    assertTrue(state.has("dynamodb"), "the state file keeps the tables");
    state.remove("dynamodb");
    json.writeValue(file.toFile(), state);
    sandbox = Sandbox.start(SandboxOptions.defaults().withStateFile(file));
    dynamo = client(sandbox, Region.US_WEST_2);
    assertEquals(List.of("eksform-locks"), dynamo.listTables().tableNames());
  }

  @Test
  void theEmptyScenarioHasNoTables() {
    try (Sandbox empty = Sandbox.start(SandboxOptions.defaults());
        DynamoDbClient client = client(empty, Region.US_WEST_2)) {
      assertTrue(client.listTables().tableNames().isEmpty());
    }
  }

  @Test
  void scanAndQueryListTheLocksInKeyOrderWithFiltersAndPages() {
    for (String id : List.of("a/us-west-2/c2", "a/us-west-2/c1", "a/eu-west-1/c3")) {
      dynamo.putItem(
          p -> p.tableName("eksform-locks").item(Map.of("LockID", s(id), "Who", s("ci@" + id))));
    }
    var all = dynamo.scan(q -> q.tableName("eksform-locks"));
    assertEquals(3, all.count());
    assertEquals(
        List.of("a/eu-west-1/c3", "a/us-west-2/c1", "a/us-west-2/c2"),
        all.items().stream().map(i -> i.get("LockID").s()).toList());

    var filtered =
        dynamo.scan(
            q ->
                q.tableName("eksform-locks")
                    .filterExpression("begins_with(#id, :p)")
                    .expressionAttributeNames(Map.of("#id", "LockID"))
                    .expressionAttributeValues(Map.of(":p", s("a/us-west-2/")))
                    .projectionExpression("#id"));
    assertEquals(2, filtered.count());
    assertEquals(3, filtered.scannedCount());
    assertFalse(filtered.items().get(0).containsKey("Who"));

    var first = dynamo.scan(q -> q.tableName("eksform-locks").limit(2));
    assertEquals(2, first.count());
    var rest =
        dynamo.scan(
            q -> q.tableName("eksform-locks").limit(2).exclusiveStartKey(first.lastEvaluatedKey()));
    assertEquals(
        List.of("a/us-west-2/c2"), rest.items().stream().map(i -> i.get("LockID").s()).toList());
    assertFalse(rest.hasLastEvaluatedKey() && !rest.lastEvaluatedKey().isEmpty());

    var one =
        dynamo.query(
            q ->
                q.tableName("eksform-locks")
                    .keyConditionExpression("LockID = :id")
                    .expressionAttributeValues(Map.of(":id", s("a/us-west-2/c1"))));
    assertEquals(1, one.count());
    assertEquals("ci@a/us-west-2/c1", one.items().get(0).get("Who").s());

    assertThrows(
        DynamoDbException.class,
        () ->
            dynamo.query(
                q ->
                    q.tableName("eksform-locks")
                        .keyConditionExpression("Who = :w")
                        .expressionAttributeValues(Map.of(":w", s("x")))));
  }
}
