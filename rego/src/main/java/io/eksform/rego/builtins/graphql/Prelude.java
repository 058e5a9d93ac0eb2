package io.eksform.rego.builtins.graphql;

import java.util.Map;

/** The built-in scalars, directives and introspection types every schema starts with. */
final class Prelude {
  private Prelude() {}

  private static final String SOURCE =
      """
      scalar Int
      scalar Float
      scalar String
      scalar Boolean
      scalar ID
      directive @include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
      directive @skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
      directive @deprecated(reason: String = "No longer supported") on FIELD_DEFINITION \
      | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE
      directive @specifiedBy(url: String!) on SCALAR
      directive @defer(if: Boolean = true, label: String) on FRAGMENT_SPREAD | INLINE_FRAGMENT
      directive @oneOf on INPUT_OBJECT
      type __Schema {
        description: String
        types: [__Type!]!
        queryType: __Type!
        mutationType: __Type
        subscriptionType: __Type
        directives: [__Directive!]!
      }
      type __Type {
        kind: __TypeKind!
        name: String
        description: String
        fields(includeDeprecated: Boolean = false): [__Field!]
        interfaces: [__Type!]
        possibleTypes: [__Type!]
        enumValues(includeDeprecated: Boolean = false): [__EnumValue!]
        inputFields(includeDeprecated: Boolean = false): [__InputValue!]
        ofType: __Type
        specifiedByURL: String
        isOneOf: Boolean
      }
      type __Field {
        name: String!
        description: String
        args(includeDeprecated: Boolean = false): [__InputValue!]!
        type: __Type!
        isDeprecated: Boolean!
        deprecationReason: String
      }
      type __InputValue {
        name: String!
        description: String
        type: __Type!
        defaultValue: String
        isDeprecated: Boolean!
        deprecationReason: String
      }
      type __EnumValue {
        name: String!
        description: String
        isDeprecated: Boolean!
        deprecationReason: String
      }
      enum __TypeKind { SCALAR OBJECT INTERFACE UNION ENUM INPUT_OBJECT LIST NON_NULL }
      enum __DirectiveLocation {
        QUERY MUTATION SUBSCRIPTION FIELD FRAGMENT_DEFINITION FRAGMENT_SPREAD INLINE_FRAGMENT
        VARIABLE_DEFINITION SCHEMA SCALAR OBJECT FIELD_DEFINITION ARGUMENT_DEFINITION INTERFACE
        UNION ENUM ENUM_VALUE INPUT_OBJECT INPUT_FIELD_DEFINITION
      }
      type __Directive {
        name: String!
        description: String
        locations: [__DirectiveLocation!]!
        args(includeDeprecated: Boolean = false): [__InputValue!]!
        isRepeatable: Boolean!
      }
      """;

  /** A fresh parse each time, because loading a schema extends its definitions in place. */
  static Map<String, Object> document() {
    try {
      Map<String, Object> doc = SchemaParser.parse(SOURCE);
      for (Map<String, Object> d : Nodes.list(doc, "Definitions")) {
        d.put("BuiltIn", true);
      }
      return doc;
    } catch (GraphqlException e) {
      throw new IllegalStateException("GraphQL prelude does not parse: " + e.getMessage(), e);
    }
  }
}
