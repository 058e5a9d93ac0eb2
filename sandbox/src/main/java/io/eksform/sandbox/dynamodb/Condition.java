package io.eksform.sandbox.dynamodb;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A parsed condition expression, with its attribute names and values already resolved, tested
 * against the item a write would change (an empty item when there is none).
 */
sealed interface Condition {

  /** Whether the condition holds for {@code item}. */
  boolean test(ObjectNode item);

  /** Either side holds. */
  record Or(Condition left, Condition right) implements Condition {
    @Override
    public boolean test(ObjectNode item) {
      return left.test(item) || right.test(item);
    }
  }

  /** Both sides hold. */
  record And(Condition left, Condition right) implements Condition {
    @Override
    public boolean test(ObjectNode item) {
      return left.test(item) && right.test(item);
    }
  }

  /** The inner condition does not hold. */
  record Not(Condition inner) implements Condition {
    @Override
    public boolean test(ObjectNode item) {
      return !inner.test(item);
    }
  }

  /** {@code attribute_exists(path)} or, when not {@code wanted}, {@code attribute_not_exists}. */
  record Exists(String attribute, boolean wanted) implements Condition {
    @Override
    public boolean test(ObjectNode item) {
      return item.has(attribute) == wanted;
    }
  }

  /** A comparison {@code = <> < <= > >=}; a missing attribute only satisfies {@code <>}. */
  record Compare(Operand left, String operator, Operand right) implements Condition {
    @Override
    public boolean test(ObjectNode item) {
      JsonNode a = left.value(item);
      JsonNode b = right.value(item);
      if (a == null || b == null) {
        return operator.equals("<>");
      }
      if (operator.equals("=")) {
        return AttributeValues.same(a, b);
      }
      if (operator.equals("<>")) {
        return !AttributeValues.same(a, b);
      }
      Integer order = AttributeValues.order(a, b);
      if (order == null) {
        return false;
      }
      return switch (operator) {
        case "<" -> order < 0;
        case "<=" -> order <= 0;
        case ">" -> order > 0;
        default -> order >= 0;
      };
    }
  }

  /** {@code value BETWEEN low AND high}, bounds included. */
  record Between(Operand value, Operand low, Operand high) implements Condition {
    @Override
    public boolean test(ObjectNode item) {
      return new Compare(value, ">=", low).test(item) && new Compare(value, "<=", high).test(item);
    }
  }

  /** {@code value IN (a, b, ...)}. */
  record In(Operand value, List<Operand> candidates) implements Condition {
    /** Copies the candidates. */
    public In {
      candidates = List.copyOf(candidates);
    }

    @Override
    public boolean test(ObjectNode item) {
      return candidates.stream().anyMatch(c -> new Compare(value, "=", c).test(item));
    }
  }

  /** {@code begins_with(path, prefix)} for strings and binaries. */
  record BeginsWith(Operand value, Operand prefix) implements Condition {
    @Override
    public boolean test(ObjectNode item) {
      JsonNode a = value.value(item);
      JsonNode b = prefix.value(item);
      if (a == null || b == null) {
        return false;
      }
      String type = AttributeValues.typeOf(a);
      return (type.equals("S") || type.equals("B"))
          && type.equals(AttributeValues.typeOf(b))
          && a.get(type).stringValue().startsWith(b.get(type).stringValue());
    }
  }

  /** One side of a comparison: a top-level attribute of the item, or a given value. */
  sealed interface Operand {
    /** The value, or null when the attribute is absent. */
    JsonNode value(ObjectNode item);
  }

  /** A top-level attribute of the item. */
  record Attribute(String name) implements Operand {
    @Override
    public JsonNode value(ObjectNode item) {
      return item.get(name);
    }
  }

  /** A value from {@code ExpressionAttributeValues}. */
  record Given(JsonNode attributeValue) implements Operand {
    @Override
    public JsonNode value(ObjectNode item) {
      return attributeValue;
    }
  }
}
