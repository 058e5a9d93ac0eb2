package io.eksform.rego.ast;

/** An array comprehension {@code [head | body]}. */
public record ArrayCompr(Term head, Body body, Location location) implements Term {}
