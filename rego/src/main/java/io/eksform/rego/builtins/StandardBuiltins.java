package io.eksform.rego.builtins;

/**
 * The entry point that registers every builtin family this project implements. Operators, {@code
 * walk} and {@code print} belong to the evaluator; network, crypto and token builtins are refused
 * on purpose and are therefore absent.
 */
public final class StandardBuiltins {
  private StandardBuiltins() {}

  /** Adds every standard builtin family to {@code registry}. */
  public static BuiltinRegistry registerAll(BuiltinRegistry registry) {
    TypeBuiltins.register(registry);
    StringBuiltins.register(registry);
    TrimBuiltins.register(registry);
    RegexBuiltins.register(registry);
    RegexTemplateBuiltins.register(registry);
    SprintfBuiltin.register(registry);
    AggregateBuiltins.register(registry);
    ArrayBuiltins.register(registry);
    ObjectBuiltins.register(registry);
    SetBuiltins.register(registry);
    CastBuiltins.register(registry);
    NumberBuiltins.register(registry);
    BitsBuiltins.register(registry);
    EncodingBuiltins.register(registry);
    BinaryEncodingBuiltins.register(registry);
    UrlQueryBuiltins.register(registry);
    JsonPatchBuiltins.register(registry);
    TimeBuiltins.register(registry);
    UnitsBuiltins.register(registry);
    GlobBuiltins.register(registry);
    GlobsIntersection.register(registry);
    NetBuiltins.register(registry);
    GraphBuiltins.register(registry);
    SemverBuiltins.register(registry);
    UuidBuiltins.register(registry);
    UriBuiltins.register(registry);
    V0Builtins.register(registry);
    HashBuiltins.register(registry);
    JwtBuiltins.register(registry);
    X509Builtins.register(registry);
    PrivateKeyBuiltins.register(registry);
    ProviderBuiltins.register(registry);
    RandBuiltins.register(registry);
    JsonSchemaBuiltins.register(registry);
    GraphqlBuiltins.register(registry);
    return registry;
  }
}
