package io.eksform.rego.ast;

/** A {@code with target as value} modifier; the target names input, a data path or a function. */
public record With(Term target, Term value, Location location) {}
