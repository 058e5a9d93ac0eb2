package io.eksform.sandbox.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eksform.sandbox.MotoProcess;
import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.SandboxOptions;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The lock's DynamoDB call sequence against the sandbox and against moto (a third-party AWS
 * emulator, when installed): every step must end the same way, with the same item or error code,
 * except where moto is known to differ from DynamoDB.
 */
class DynamoDbMotoDifferentialTest {
  /**
   * Steps where moto answers an internal error without a modeled code, while DynamoDB answers a
   * ValidationException (an undefined {@code :value}, a syntax error): the sandbox answers as
   * DynamoDB does.
   */
  static final Map<String, String> MOTO_DIFFERS =
      Map.of(
          "PutItem.undefinedValue", "error ValidationException",
          "PutItem.syntax", "error ValidationException");

  static MotoProcess moto;
  static URI motoEndpoint;
  static Sandbox sandbox;

  @BeforeAll
  static void start() throws Exception {
    moto = MotoProcess.startOrSkip();
    motoEndpoint = moto.endpoint();
    sandbox = Sandbox.start(SandboxOptions.defaults());
  }

  @AfterAll
  static void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
    if (moto != null) {
      moto.close();
    }
  }

  static AttributeValue s(String text) {
    return AttributeValue.fromS(text);
  }

  static Map<String, String> run(URI endpoint) {
    Map<String, String> out = new LinkedHashMap<>();
    try (DynamoDbClient d =
        DynamoDbClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_WEST_2)
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(
                        io.eksform.sandbox.http.SandboxKeys.ACCESS_KEY_ID,
                        io.eksform.sandbox.http.SandboxKeys.SECRET_ACCESS_KEY)))
            .build()) {
      Runnable create =
          () ->
              d.createTable(
                  t ->
                      t.tableName("locks")
                          .attributeDefinitions(
                              a -> a.attributeName("LockID").attributeType(ScalarAttributeType.S))
                          .keySchema(k -> k.attributeName("LockID").keyType(KeyType.HASH))
                          .billingMode(BillingMode.PAY_PER_REQUEST));
      step(
          out,
          "CreateTable",
          () -> {
            create.run();
            return "created";
          });
      step(
          out,
          "CreateTable.duplicate",
          () -> {
            create.run();
            return "created";
          });
      step(
          out,
          "DescribeTable",
          () -> {
            var t = d.describeTable(r -> r.tableName("locks")).table();
            return t.keySchema() + " " + t.attributeDefinitions() + " " + t.tableName();
          });
      step(
          out, "DescribeTable.missing", () -> d.describeTable(r -> r.tableName("nope")).toString());
      Map<String, AttributeValue> mine = Map.of("LockID", s("k"), "ID", s("1"));
      Supplier<String> take =
          () ->
              d.putItem(
                      p ->
                          p.tableName("locks")
                              .item(mine)
                              .conditionExpression("attribute_not_exists(#k)")
                              .expressionAttributeNames(Map.of("#k", "LockID"))
                              .returnValuesOnConditionCheckFailure(
                                  ReturnValuesOnConditionCheckFailure.ALL_OLD))
                  .attributes()
                  .toString();
      step(out, "PutItem.ifAbsent", take);
      step(out, "PutItem.ifAbsent.taken", take);
      step(
          out,
          "GetItem",
          () ->
              d.getItem(g -> g.tableName("locks").key(Map.of("LockID", s("k")))).item().toString());
      step(
          out,
          "DeleteItem.wrongId",
          () ->
              d.deleteItem(
                      x ->
                          x.tableName("locks")
                              .key(Map.of("LockID", s("k")))
                              .conditionExpression("#id = :id")
                              .expressionAttributeNames(Map.of("#id", "ID"))
                              .expressionAttributeValues(Map.of(":id", s("2"))))
                  .toString());
      step(
          out,
          "DeleteItem.rightId",
          () ->
              d.deleteItem(
                      x ->
                          x.tableName("locks")
                              .key(Map.of("LockID", s("k")))
                              .conditionExpression("#id = :id")
                              .expressionAttributeNames(Map.of("#id", "ID"))
                              .expressionAttributeValues(Map.of(":id", s("1")))
                              .returnValues(ReturnValue.ALL_OLD))
                  .attributes()
                  .toString());
      step(
          out,
          "GetItem.gone",
          () ->
              d.getItem(g -> g.tableName("locks").key(Map.of("LockID", s("k")))).item().toString());
      step(
          out,
          "PutItem.missingTable",
          () -> d.putItem(p -> p.tableName("nope").item(mine)).toString());
      step(
          out,
          "PutItem.missingKey",
          () -> d.putItem(p -> p.tableName("locks").item(Map.of("ID", s("1")))).toString());
      step(
          out,
          "PutItem.keyType",
          () ->
              d.putItem(p -> p.tableName("locks").item(Map.of("LockID", AttributeValue.fromN("1"))))
                  .toString());
      step(
          out,
          "GetItem.extraKey",
          () ->
              d.getItem(g -> g.tableName("locks").key(Map.of("LockID", s("k"), "ID", s("1"))))
                  .toString());
      step(
          out,
          "PutItem.unusedName",
          () ->
              d.putItem(
                      p ->
                          p.tableName("locks")
                              .item(mine)
                              .conditionExpression("attribute_not_exists(LockID)")
                              .expressionAttributeNames(Map.of("#x", "X")))
                  .toString());
      step(
          out,
          "PutItem.undefinedValue",
          () ->
              d.putItem(p -> p.tableName("locks").item(mine).conditionExpression("ID = :nope"))
                  .toString());
      step(
          out,
          "PutItem.syntax",
          () ->
              d.putItem(
                      p ->
                          p.tableName("locks")
                              .item(mine)
                              .conditionExpression("attribute_not_exists(LockID) AND"))
                  .toString());
      step(
          out,
          "PutItem.emptyKey",
          () -> d.putItem(p -> p.tableName("locks").item(Map.of("LockID", s("")))).toString());
    }
    return out;
  }

  static void step(Map<String, String> out, String name, Supplier<String> call) {
    try {
      out.put(name, "ok " + call.get());
    } catch (AwsServiceException e) {
      out.put(name, "error " + e.awsErrorDetails().errorCode());
    }
  }

  @Test
  void theLockCallsEndAsTheyDoOnMoto() {
    Map<String, String> expected = new LinkedHashMap<>(run(motoEndpoint));
    expected.putAll(MOTO_DIFFERS);
    Map<String, String> actual = run(sandbox.endpoint());
    StringBuilder differences = new StringBuilder();
    expected.forEach(
        (step, outcome) -> {
          if (!outcome.equals(actual.get(step))) {
            differences.append("\n" + step + ": moto " + outcome + ", sandbox " + actual.get(step));
          }
        });
    assertEquals("", differences.toString());
    assertEquals(expected.keySet(), actual.keySet());
  }
}
