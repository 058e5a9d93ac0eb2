package io.eksform.engine.lock;

import io.eksform.engine.aws.AwsErrors;
import io.eksform.engine.aws.AwsTarget;
import io.eksform.engine.problem.UserFacingException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * The DynamoDB table that holds apply locks, one item per cluster: takes a lock with a conditional
 * PutItem (only when no item exists), reads the current holder, and removes a lock with a
 * conditional DeleteItem (only when the lock ID matches). Every DynamoDB call of eksform is here.
 */
public final class LockTable {
  private static final String ID_MATCHES = "#id = :id";

  private final DynamoDbClient dynamo;
  private final String table;
  private final AwsTarget target;
  private final String unlockFlags;
  private final Clock clock;

  /**
   * A lock table; {@code unlockFlags} are the flags a force-unlock command needs besides the lock
   * ID and {@code --lock-table} to reach the same cluster (such as {@code -f FILE --sandbox}).
   */
  public LockTable(DynamoDbClient dynamo, String table, AwsTarget target, String unlockFlags) {
    this(dynamo, table, target, unlockFlags, Clock.systemUTC());
  }

  LockTable(
      DynamoDbClient dynamo, String table, AwsTarget target, String unlockFlags, Clock clock) {
    this.dynamo = dynamo;
    this.table = table;
    this.target = target;
    this.unlockFlags = unlockFlags;
    this.clock = clock;
  }

  /** The table name. */
  public String name() {
    return table;
  }

  /**
   * Takes the lock of {@code cluster} for {@code operation}; throws {@link LockHeldException}
   * naming the holder when another process has it.
   */
  public ApplyLock acquire(
      String accountId, String cluster, String operation, String eksformVersion) {
    String key = LockInfo.keyOf(accountId, target.region(), cluster);
    LockInfo mine =
        new LockInfo(
            key,
            UUID.randomUUID().toString(),
            Holder.current(),
            operation,
            clock.instant().truncatedTo(ChronoUnit.SECONDS),
            eksformVersion);
    // The holder may release between our failed put and our read: then try again.
    for (int attempt = 0; ; attempt++) {
      Optional<LockInfo> other = tryPut(mine);
      if (other.isEmpty()) {
        return new ApplyLock(this, mine);
      }
      if (!other.get().id().equals("unknown") || attempt >= 2) {
        throw new LockHeldException(cluster, table, unlockFlags, other.get());
      }
    }
  }

  /** Puts our item unless one exists; returns the existing holder when there is one. */
  private Optional<LockInfo> tryPut(LockInfo mine) {
    try {
      call(
          "dynamodb:PutItem",
          () ->
              dynamo.putItem(
                  p ->
                      p.tableName(table)
                          .item(LockItems.item(mine))
                          .conditionExpression("attribute_not_exists(#key)")
                          .expressionAttributeNames(Map.of("#key", LockItems.KEY))
                          .returnValuesOnConditionCheckFailure(
                              ReturnValuesOnConditionCheckFailure.ALL_OLD)));
      return Optional.empty();
    } catch (ConditionalCheckFailedException e) {
      if (e.hasItem() && !e.item().isEmpty()) {
        return Optional.of(LockItems.info(e.item()));
      }
      // Services without ReturnValuesOnConditionCheckFailure: read the holder instead.
      return Optional.of(
          current(mine.key())
              .orElse(
                  new LockInfo(
                      mine.key(), "unknown", "unknown", "unknown", clock.instant(), "unknown")));
    }
  }

  /** The lock currently held on a cluster key, if any (a strongly consistent read). */
  public Optional<LockInfo> current(String key) {
    Map<String, AttributeValue> item =
        call(
                "dynamodb:GetItem",
                () ->
                    dynamo.getItem(
                        g -> g.tableName(table).key(LockItems.key(key)).consistentRead(true)))
            .item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(LockItems.info(item));
  }

  /** Removes the lock {@code id} from a cluster key; returns what it removed, or why not. */
  public Removal remove(String key, String id) {
    try {
      Map<String, AttributeValue> old =
          call(
                  "dynamodb:DeleteItem",
                  () ->
                      dynamo.deleteItem(
                          d ->
                              d.tableName(table)
                                  .key(LockItems.key(key))
                                  .conditionExpression(ID_MATCHES)
                                  .expressionAttributeNames(Map.of("#id", LockItems.ID))
                                  .expressionAttributeValues(
                                      Map.of(":id", AttributeValue.fromS(id)))
                                  .returnValues(ReturnValue.ALL_OLD)
                                  .returnValuesOnConditionCheckFailure(
                                      ReturnValuesOnConditionCheckFailure.ALL_OLD)))
              .attributes();
      return new Removal(Optional.of(LockItems.info(old)), Optional.empty());
    } catch (ConditionalCheckFailedException e) {
      Optional<LockInfo> holder =
          e.hasItem() && !e.item().isEmpty() ? Optional.of(LockItems.info(e.item())) : current(key);
      return new Removal(Optional.empty(), holder);
    }
  }

  /**
   * The outcome of removing a lock: the lock removed, or (when the ID did not match) the lock that
   * holds the cluster instead, which is empty when no lock is held at all.
   */
  public record Removal(Optional<LockInfo> removed, Optional<LockInfo> heldInstead) {}

  /** Runs a DynamoDB call, turning a missing table and missing permissions into clear errors. */
  private <T> T call(String action, Supplier<T> call) {
    try {
      return AwsErrors.call(action, target, call);
    } catch (ResourceNotFoundException e) {
      throw new UserFacingException(
          "the lock table "
              + table
              + " does not exist in region "
              + target.region()
              + " (DynamoDB said: "
              + e.awsErrorDetails().errorMessage()
              + ")",
          "create it once (partition key LockID, a string): aws dynamodb create-table"
              + " --table-name "
              + table
              + " --attribute-definitions AttributeName=LockID,AttributeType=S"
              + " --key-schema AttributeName=LockID,KeyType=HASH --billing-mode PAY_PER_REQUEST"
              + " --region "
              + target.region()
              + "; or give another --lock-table",
          1,
          e);
    }
  }
}
