package io.eksform.rego.builtins.graphql;

/** A 1-based line and column (in code points) in a GraphQL source. */
public record Pos(int line, int column) {}
