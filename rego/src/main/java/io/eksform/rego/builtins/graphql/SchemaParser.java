package io.eksform.rego.builtins.graphql;

import io.eksform.rego.builtins.graphql.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses a type system document (SDL) into gqlparser's schema document AST shape. */
final class SchemaParser extends ParserBase {
  private static final Set<String> LOCATIONS =
      Set.of(
          "QUERY",
          "MUTATION",
          "SUBSCRIPTION",
          "FIELD",
          "FRAGMENT_DEFINITION",
          "FRAGMENT_SPREAD",
          "INLINE_FRAGMENT",
          "VARIABLE_DEFINITION",
          "SCHEMA",
          "SCALAR",
          "OBJECT",
          "FIELD_DEFINITION",
          "ARGUMENT_DEFINITION",
          "INTERFACE",
          "UNION",
          "ENUM",
          "ENUM_VALUE",
          "INPUT_OBJECT",
          "INPUT_FIELD_DEFINITION");

  private final List<Object> schema = new ArrayList<>();
  private final List<Object> schemaExtensions = new ArrayList<>();
  private final List<Object> directives = new ArrayList<>();
  private final List<Object> definitions = new ArrayList<>();
  private final List<Object> extensions = new ArrayList<>();

  private SchemaParser(String source) throws GraphqlException {
    super(source);
  }

  static Map<String, Object> parse(String source) throws GraphqlException {
    return new SchemaParser(source).document();
  }

  private Map<String, Object> document() throws GraphqlException {
    while (peek().kind() != Kind.EOF) {
      String description = description();
      if (peek().kind() != Kind.NAME) {
        throw unexpected();
      }
      switch (peek().value()) {
        case "scalar", "type", "interface", "union", "enum", "input" ->
            definitions.add(definition(description, false));
        case "schema" -> schema.add(schemaDefinition(description));
        case "directive" -> directives.add(directiveDefinition(description));
        case "extend" -> {
          if (description != null) {
            throw unexpected(prev());
          }
          extension();
        }
        default -> throw unexpected();
      }
    }
    Map<String, Object> doc = Nodes.node(null);
    doc.put("Schema", schema);
    doc.put("SchemaExtension", schemaExtensions);
    doc.put("Directives", directives);
    doc.put("Definitions", definitions);
    doc.put("Extensions", extensions);
    return doc;
  }

  private String description() {
    if (peek().kind() == Kind.STRING || peek().kind() == Kind.BLOCK_STRING) {
      return next().value();
    }
    return null;
  }

  private Map<String, Object> schemaDefinition(String description) throws GraphqlException {
    Map<String, Object> s = Nodes.node(peek().pos());
    expectKeyword("schema");
    s.put("Description", description == null ? "" : description);
    s.put("Directives", parseDirectives(true));
    s.put("OperationTypes", operationTypes());
    return s;
  }

  private List<Object> operationTypes() throws GraphqlException {
    List<Object> out = new ArrayList<>();
    some(
        Kind.BRACE_L,
        Kind.BRACE_R,
        () -> {
          Map<String, Object> o = Nodes.node(peek().pos());
          Token t = expect(Kind.NAME);
          if (!Set.of("query", "mutation", "subscription").contains(t.value())) {
            throw unexpected(t);
          }
          o.put("Operation", t.value());
          expect(Kind.COLON);
          o.put("Type", parseName());
          out.add(o);
        });
    return out;
  }

  private void extension() throws GraphqlException {
    expectKeyword("extend");
    if (peekKeyword("schema")) {
      Map<String, Object> s = Nodes.node(peek().pos());
      next();
      List<Object> dirs = parseDirectives(true);
      List<Object> ops = operationTypes();
      if (dirs.isEmpty() && ops.isEmpty()) {
        throw unexpected();
      }
      s.put("Description", "");
      s.put("Directives", dirs);
      s.put("OperationTypes", ops);
      schemaExtensions.add(s);
      return;
    }
    if (peek().kind() == Kind.NAME
        && Set.of("scalar", "type", "interface", "union", "enum", "input")
            .contains(peek().value())) {
      extensions.add(definition(null, true));
      return;
    }
    throw unexpected();
  }

  private Map<String, Object> definition(String description, boolean extension)
      throws GraphqlException {
    Map<String, Object> d = Nodes.node(peek().pos());
    String keyword = next().value();
    String kind =
        switch (keyword) {
          case "scalar" -> "SCALAR";
          case "type" -> "OBJECT";
          case "interface" -> "INTERFACE";
          case "union" -> "UNION";
          case "enum" -> "ENUM";
          default -> "INPUT_OBJECT";
        };
    d.put("Kind", kind);
    d.put("Description", description == null ? "" : description);
    d.put("Name", parseName());
    List<Object> interfaces = List.of();
    if (kind.equals("OBJECT") || kind.equals("INTERFACE")) {
      interfaces = implementsInterfaces();
    }
    List<Object> dirs = parseDirectives(true);
    List<Object> fields = List.of();
    List<Object> types = List.of();
    List<Object> values = List.of();
    switch (kind) {
      case "OBJECT", "INTERFACE" -> fields = fieldsDefinition();
      case "UNION" -> types = unionMembers();
      case "ENUM" -> values = enumValues();
      case "INPUT_OBJECT" -> fields = inputFields();
      default -> {}
    }
    if (extension
        && dirs.isEmpty()
        && interfaces.isEmpty()
        && fields.isEmpty()
        && types.isEmpty()
        && values.isEmpty()) {
      throw unexpected();
    }
    d.put("Directives", dirs);
    d.put("Interfaces", interfaces);
    d.put("Fields", fields);
    d.put("Types", types);
    d.put("EnumValues", values);
    d.put("BuiltIn", false);
    return d;
  }

  private List<Object> implementsInterfaces() throws GraphqlException {
    List<Object> out = new ArrayList<>();
    if (peekKeyword("implements")) {
      next();
      skip(Kind.AMP);
      out.add(parseName());
      while (skip(Kind.AMP)) {
        out.add(parseName());
      }
    }
    return out;
  }

  private List<Object> unionMembers() throws GraphqlException {
    List<Object> out = new ArrayList<>();
    if (skip(Kind.EQUALS)) {
      skip(Kind.PIPE);
      out.add(parseName());
      while (skip(Kind.PIPE)) {
        out.add(parseName());
      }
    }
    return out;
  }

  private List<Object> fieldsDefinition() throws GraphqlException {
    List<Object> out = new ArrayList<>();
    some(
        Kind.BRACE_L,
        Kind.BRACE_R,
        () -> {
          Map<String, Object> f = Nodes.node(null);
          String description = description();
          f.put("Position", peek().pos());
          f.put("Description", description == null ? "" : description);
          f.put("Name", parseName());
          f.put("Arguments", argumentDefinitions());
          expect(Kind.COLON);
          f.put("Type", parseTypeReference());
          f.put("Directives", parseDirectives(true));
          out.add(f);
        });
    return out;
  }

  private List<Object> inputFields() throws GraphqlException {
    List<Object> out = new ArrayList<>();
    some(Kind.BRACE_L, Kind.BRACE_R, () -> out.add(inputValue()));
    return out;
  }

  private List<Object> argumentDefinitions() throws GraphqlException {
    List<Object> out = new ArrayList<>();
    many(Kind.PAREN_L, Kind.PAREN_R, () -> out.add(inputValue()));
    return out;
  }

  private Map<String, Object> inputValue() throws GraphqlException {
    Map<String, Object> a = Nodes.node(null);
    String description = description();
    a.put("Position", peek().pos());
    a.put("Description", description == null ? "" : description);
    a.put("Name", parseName());
    expect(Kind.COLON);
    a.put("Type", parseTypeReference());
    if (skip(Kind.EQUALS)) {
      a.put("DefaultValue", parseValue(true));
    }
    a.put("Directives", parseDirectives(true));
    return a;
  }

  private List<Object> enumValues() throws GraphqlException {
    List<Object> out = new ArrayList<>();
    some(
        Kind.BRACE_L,
        Kind.BRACE_R,
        () -> {
          Map<String, Object> v = Nodes.node(null);
          String description = description();
          v.put("Position", peek().pos());
          v.put("Description", description == null ? "" : description);
          v.put("Name", parseName());
          v.put("Directives", parseDirectives(true));
          out.add(v);
        });
    return out;
  }

  private Map<String, Object> directiveDefinition(String description) throws GraphqlException {
    Map<String, Object> d = Nodes.node(peek().pos());
    expectKeyword("directive");
    expect(Kind.AT);
    d.put("Description", description == null ? "" : description);
    d.put("Name", parseName());
    d.put("Arguments", argumentDefinitions());
    boolean repeatable = false;
    if (peekKeyword("repeatable")) {
      next();
      repeatable = true;
    }
    d.put("IsRepeatable", repeatable);
    expectKeyword("on");
    List<Object> locations = new ArrayList<>();
    skip(Kind.PIPE);
    do {
      Token t = expect(Kind.NAME);
      if (!LOCATIONS.contains(t.value())) {
        throw unexpected(t);
      }
      locations.add(t.value());
    } while (skip(Kind.PIPE));
    d.put("Locations", locations);
    return d;
  }
}
