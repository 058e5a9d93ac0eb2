package io.eksform.rego.builtins.graphql;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * gqlparser's value rules: literals must fit the type expected where they stand, and a variable may
 * only stand where its declared type is allowed.
 */
final class ValueRules {
  private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

  private final Schema schema;

  ValueRules(Schema schema) {
    this.schema = schema;
  }

  /**
   * Checks {@code value} against {@code expected}; {@code variables} are the declarations of the
   * operation in force, or null where none is (fragment definitions).
   */
  void check(
      Map<String, Object> value,
      Map<String, Object> expected,
      boolean hasDefault,
      Map<String, Map<String, Object>> variables)
      throws GraphqlException {
    if (value == null || expected == null) {
      return;
    }
    int kind = Nodes.integer(value, "Kind");
    if (kind == ParserBase.VARIABLE) {
      variable(value, expected, hasDefault, variables);
      return;
    }
    if (kind == ParserBase.NULL) {
      if (Nodes.bool(expected, "NonNull")) {
        throw mismatch(value, expected);
      }
      return;
    }
    Map<String, Object> elem = Nodes.map(expected, "Elem");
    if (elem != null && Nodes.str(expected, "NamedType").isEmpty()) {
      if (kind == ParserBase.LIST) {
        for (Map<String, Object> child : Nodes.list(value, "Children")) {
          check(Nodes.map(child, "Value"), elem, false, variables);
        }
      } else {
        check(value, elem, false, variables);
      }
      return;
    }
    if (kind == ParserBase.LIST) {
      throw mismatch(value, expected);
    }
    Map<String, Object> def = schema.type(Nodes.str(expected, "NamedType"));
    if (def == null) {
      return;
    }
    String typeKind = Nodes.str(def, "Kind");
    String typeName = Nodes.str(def, "Name");
    String raw = Nodes.str(value, "Raw");
    boolean custom = typeKind.equals("SCALAR") && !Nodes.bool(def, "BuiltIn");
    switch (kind) {
      case ParserBase.INT -> {
        if (!custom && !List.of("Int", "Float", "ID").contains(typeName)) {
          throw mismatch(value, expected);
        }
        if (typeName.equals("Int")) {
          BigInteger n = new BigInteger(raw);
          if (n.compareTo(INT_MIN) < 0 || n.compareTo(INT_MAX) > 0) {
            throw new GraphqlException(
                "Int cannot represent non 32-bit signed integer value: " + raw, Nodes.pos(value));
          }
        }
      }
      case ParserBase.FLOAT -> {
        if (!custom && !typeName.equals("Float")) {
          throw mismatch(value, expected);
        }
      }
      case ParserBase.STRING, ParserBase.BLOCK -> {
        if (typeKind.equals("ENUM")) {
          throw new GraphqlException(
              "Enum "
                  + Token.quote(typeName)
                  + " cannot represent non-enum value: "
                  + text(value)
                  + ".",
              Nodes.pos(value));
        }
        if (!custom && !List.of("String", "ID").contains(typeName)) {
          throw mismatch(value, expected);
        }
      }
      case ParserBase.BOOLEAN -> {
        if (!custom && !typeName.equals("Boolean")) {
          throw mismatch(value, expected);
        }
      }
      case ParserBase.ENUM -> {
        if (!typeKind.equals("ENUM")) {
          throw mismatch(value, expected);
        }
        if (Nodes.byName(Nodes.list(def, "EnumValues"), raw) == null) {
          throw new GraphqlException(
              "Value "
                  + Token.quote(raw)
                  + " does not exist in "
                  + Token.quote(typeName)
                  + " enum.",
              Nodes.pos(value));
        }
      }
      case ParserBase.OBJECT -> object(value, def, expected, variables);
      default -> {}
    }
  }

  private void object(
      Map<String, Object> value,
      Map<String, Object> def,
      Map<String, Object> expected,
      Map<String, Map<String, Object>> variables)
      throws GraphqlException {
    if (!Nodes.str(def, "Kind").equals("INPUT_OBJECT")) {
      throw mismatch(value, expected);
    }
    String typeName = Nodes.str(def, "Name");
    List<Map<String, Object>> children = Nodes.list(value, "Children");
    for (Map<String, Object> child : children) {
      Map<String, Object> field = Nodes.byName(Nodes.list(def, "Fields"), Nodes.str(child, "Name"));
      if (field == null) {
        throw new GraphqlException(
            "Field "
                + Token.quote(Nodes.str(child, "Name"))
                + " is not defined by type "
                + Token.quote(typeName)
                + ".",
            Nodes.pos(child));
      }
      check(
          Nodes.map(child, "Value"),
          Nodes.map(field, "Type"),
          field.get("DefaultValue") != null,
          variables);
    }
    for (Map<String, Object> field : Nodes.list(def, "Fields")) {
      Map<String, Object> type = Nodes.map(field, "Type");
      if (Nodes.bool(type, "NonNull")
          && field.get("DefaultValue") == null
          && Nodes.byName(children, Nodes.str(field, "Name")) == null) {
        throw new GraphqlException(
            "Field "
                + Token.quote(typeName + "." + Nodes.str(field, "Name"))
                + " of required type "
                + Token.quote(Nodes.typeText(type))
                + " was not provided.",
            Nodes.pos(value));
      }
    }
  }

  private void variable(
      Map<String, Object> value,
      Map<String, Object> expected,
      boolean hasDefault,
      Map<String, Map<String, Object>> variables)
      throws GraphqlException {
    if (variables == null) {
      return;
    }
    Map<String, Object> declaration = variables.get(Nodes.str(value, "Raw"));
    if (declaration == null) {
      return;
    }
    Map<String, Object> declared = Nodes.map(declaration, "Type");
    Map<String, Object> defaultValue = Nodes.map(declaration, "DefaultValue");
    boolean relaxed =
        hasDefault
            || defaultValue != null && Nodes.integer(defaultValue, "Kind") != ParserBase.NULL;
    if (!compatible(declared, expected, relaxed)) {
      throw new GraphqlException(
          "Variable "
              + Token.quote("$" + Nodes.str(value, "Raw"))
              + " of type "
              + Token.quote(Nodes.typeText(declared))
              + " used in position expecting type "
              + Token.quote(Nodes.typeText(expected))
              + ".",
          Nodes.pos(value));
    }
  }

  /** Whether a variable of type {@code actual} may fill a position of type {@code wanted}. */
  private static boolean compatible(
      Map<String, Object> actual, Map<String, Object> wanted, boolean relaxOuterNonNull) {
    if (actual == null || wanted == null) {
      return actual == wanted;
    }
    if (!Nodes.str(actual, "NamedType").equals(Nodes.str(wanted, "NamedType"))) {
      return false;
    }
    Map<String, Object> ae = Nodes.map(actual, "Elem");
    Map<String, Object> we = Nodes.map(wanted, "Elem");
    if (ae != null && we == null) {
      return false;
    }
    if (ae != null && !compatible(ae, we, false)) {
      return false;
    }
    boolean wantNonNull = Nodes.bool(wanted, "NonNull") && !relaxOuterNonNull;
    return !wantNonNull || Nodes.bool(actual, "NonNull");
  }

  private static GraphqlException mismatch(Map<String, Object> value, Map<String, Object> type) {
    return new GraphqlException(
        "Expected value of type "
            + Token.quote(Nodes.typeText(type))
            + ", found "
            + text(value)
            + ".",
        Nodes.pos(value));
  }

  /** A value as GraphQL writes it. */
  static String text(Map<String, Object> value) {
    String raw = Nodes.str(value, "Raw");
    return switch (Nodes.integer(value, "Kind")) {
      case ParserBase.VARIABLE -> "$" + raw;
      case ParserBase.STRING, ParserBase.BLOCK -> Token.quote(raw);
      case ParserBase.LIST -> {
        StringBuilder b = new StringBuilder("[");
        for (Map<String, Object> c : Nodes.list(value, "Children")) {
          b.append(b.length() > 1 ? ", " : "").append(text(Nodes.map(c, "Value")));
        }
        yield b.append(']').toString();
      }
      case ParserBase.OBJECT -> {
        StringBuilder b = new StringBuilder("{");
        for (Map<String, Object> c : Nodes.list(value, "Children")) {
          b.append(b.length() > 1 ? ", " : "")
              .append(Nodes.str(c, "Name"))
              .append(": ")
              .append(text(Nodes.map(c, "Value")));
        }
        yield b.append('}').toString();
      }
      default -> raw;
    };
  }
}
