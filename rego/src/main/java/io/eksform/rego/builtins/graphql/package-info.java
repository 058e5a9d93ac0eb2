/**
 * The GraphQL built-ins: a lexer and parsers for executable and type system documents producing
 * gqlparser's AST shape (as maps keyed by its Go field names), the conversion of that AST to and
 * from Rego values as OPA shows it, schema loading with the prelude and the type system rules, and
 * query validation. Messages follow gqlparser's wording, because OPA passes them through.
 */
package io.eksform.rego.builtins.graphql;
