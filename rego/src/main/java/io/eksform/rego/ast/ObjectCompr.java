package io.eksform.rego.ast;

/** An object comprehension {@code {key: value | body}}. */
public record ObjectCompr(Term key, Term value, Body body, Location location) implements Term {}
