package io.eksform.rego.ast;

/** A set comprehension {@code {head | body}}. */
public record SetCompr(Term head, Body body, Location location) implements Term {}
