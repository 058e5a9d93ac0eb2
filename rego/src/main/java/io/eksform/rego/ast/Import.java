package io.eksform.rego.ast;

/** An {@code import} of {@code input...}, {@code data...}, {@code rego.v1} or future keywords. */
public record Import(Ref path, String alias, Location location) {}
