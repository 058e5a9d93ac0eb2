package io.eksform.rego.ast;

import io.eksform.rego.value.ObjectValue;

/**
 * A {@code # METADATA} block of a module: its scope ({@code package}, {@code subpackages}, {@code
 * rule} or {@code document}), the rule it precedes (an index into the module's rules, or -1 for the
 * package) and its fields as OPA reports them, {@code scope} included.
 */
public record Annotation(String scope, int rule, ObjectValue value, Location location) {}
