package io.eksform.rego.builtins;

/**
 * A named builtin with a fixed arity, such as {@code count/1} or {@code sprintf/2}. Operators are
 * builtins too, under OPA's internal names ({@code plus}, {@code equal}, ...).
 */
public record Builtin(String name, int arity, BuiltinFunction function) {}
