package io.eksform.sandbox.dynamodb;

import java.util.List;
import java.util.Optional;

/**
 * A DynamoDB table's description: its name, ARN and id, the key schema (a HASH key and an optional
 * RANGE key) with the attribute types the keys use, and the billing mode with its capacities.
 */
record Table(
    String name,
    String arn,
    String id,
    List<KeyElement> keySchema,
    List<AttributeDefinition> attributeDefinitions,
    String billingMode,
    long readCapacity,
    long writeCapacity,
    long createdAt) {

  /** One key attribute: its name and {@code HASH} or {@code RANGE}. */
  record KeyElement(String attributeName, String keyType) {}

  /** A declared attribute: its name and scalar type ({@code S}, {@code N} or {@code B}). */
  record AttributeDefinition(String attributeName, String attributeType) {}

  /** Copies the lists. */
  Table {
    keySchema = List.copyOf(keySchema);
    attributeDefinitions = List.copyOf(attributeDefinitions);
  }

  /** The declared type of a key attribute. */
  Optional<String> typeOf(String attributeName) {
    return attributeDefinitions.stream()
        .filter(d -> d.attributeName().equals(attributeName))
        .map(AttributeDefinition::attributeType)
        .findFirst();
  }

  /** The key attribute names, HASH first. */
  List<String> keyNames() {
    return keySchema.stream().map(KeyElement::attributeName).toList();
  }
}
