package io.eksform.sandbox.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.SandboxOptions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Random sequences of the lock's two writes (put if absent, delete if the ID matches) on a few
 * keys, checked against a map from key to holder: each write succeeds exactly when the model says,
 * and every key then reads back as the model holds it.
 */
class ConditionalWriteProperties {

  /** One write: take {@code key} for {@code id}, or remove it if {@code id} holds it. */
  record Write(boolean take, String key, String id) {}

  @Provide
  Arbitrary<List<Write>> writes() {
    Arbitrary<Write> write =
        Combinators.combine(
                Arbitraries.of(true, false),
                Arbitraries.of("a", "b"),
                Arbitraries.of("1", "2", "3"))
            .as(Write::new);
    return write.list().ofMinSize(1).ofMaxSize(25);
  }

  @Property(tries = 25)
  void conditionalWritesActAsACompareAndSetPerKey(@ForAll("writes") List<Write> writes) {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("eksworkshop"));
        DynamoDbClient dynamo = DynamoDbApiTest.client(sandbox, Region.US_WEST_2)) {
      Map<String, String> model = new HashMap<>();
      for (Write w : writes) {
        boolean expected =
            w.take() ? !model.containsKey(w.key()) : w.id().equals(model.get(w.key()));
        boolean succeeded = w.take() ? take(dynamo, w) : remove(dynamo, w);
        assertEquals(expected, succeeded, w + " with holders " + model);
        if (succeeded && w.take()) {
          model.put(w.key(), w.id());
        } else if (succeeded) {
          model.remove(w.key());
        }
      }
      for (String key : List.of("a", "b")) {
        var item =
            dynamo.getItem(g -> g.tableName("eksform-locks").key(Map.of("LockID", s(key)))).item();
        Optional<String> holder =
            item.isEmpty() ? Optional.empty() : Optional.of(item.get("ID").s());
        assertEquals(Optional.ofNullable(model.get(key)), holder, key);
      }
    }
  }

  private static AttributeValue s(String text) {
    return AttributeValue.fromS(text);
  }

  private static boolean take(DynamoDbClient dynamo, Write w) {
    try {
      dynamo.putItem(
          p ->
              p.tableName("eksform-locks")
                  .item(Map.of("LockID", s(w.key()), "ID", s(w.id())))
                  .conditionExpression("attribute_not_exists(LockID)"));
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  private static boolean remove(DynamoDbClient dynamo, Write w) {
    try {
      dynamo.deleteItem(
          d ->
              d.tableName("eksform-locks")
                  .key(Map.of("LockID", s(w.key())))
                  .conditionExpression("#id = :id")
                  .expressionAttributeNames(Map.of("#id", "ID"))
                  .expressionAttributeValues(Map.of(":id", s(w.id()))));
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }
}
