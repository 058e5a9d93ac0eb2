package io.eksform.rego.builtins.graphql;

import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.Map;

/**
 * What the {@code graphql.*} built-ins use of the parser and validator: documents from GraphQL text
 * or from ASTs as Rego values, schemas loaded, queries validated; failures are {@link
 * GraphqlException}s with their position. Knows nothing of the built-ins themselves.
 */
public final class Graphql {
  private Graphql() {}

  /** A parsed query or schema document, its AST keyed by gqlparser's Go field names. */
  public static final class Document {
    final Map<String, Object> ast;

    Document(Map<String, Object> ast) {
      this.ast = ast;
    }

    /** The AST as OPA shows it: no positions, nulls or empty lists and objects. */
    public Value value() {
      return AstValues.toValue(ast);
    }
  }

  /** A schema loaded with the prelude and checked by the type-system rules. */
  public static final class LoadedSchema {
    final Schema schema;

    LoadedSchema(Schema schema) {
      this.schema = schema;
    }
  }

  public static Document parseQuery(String text) throws GraphqlException {
    return new Document(QueryParser.parse(text));
  }

  public static Document parseSchema(String text) throws GraphqlException {
    return new Document(SchemaParser.parse(text));
  }

  /** A query from GraphQL text or from an AST value. */
  @SuppressWarnings("unchecked")
  public static Document query(Value v) throws GraphqlException {
    return v instanceof StringValue s
        ? parseQuery(s.value())
        : new Document((Map<String, Object>) AstValues.fromValue(v));
  }

  /** A schema document from GraphQL text or from an AST value. */
  @SuppressWarnings("unchecked")
  public static Document schemaDocument(Value v) throws GraphqlException {
    return v instanceof StringValue s
        ? parseSchema(s.value())
        : new Document((Map<String, Object>) AstValues.fromValue(v));
  }

  public static LoadedSchema load(Document schema) throws GraphqlException {
    return new LoadedSchema(SchemaLoader.load(schema.ast));
  }

  public static void validate(LoadedSchema schema, Document query) throws GraphqlException {
    QueryValidator.validate(schema.schema, query.ast);
  }
}
