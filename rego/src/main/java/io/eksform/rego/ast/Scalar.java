package io.eksform.rego.ast;

import io.eksform.rego.value.Value;

/** A literal null, boolean, number or string. */
public record Scalar(Value value, Location location) implements Term {}
