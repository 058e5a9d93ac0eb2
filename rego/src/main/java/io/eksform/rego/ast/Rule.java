package io.eksform.rego.ast;

/**
 * A rule: head, body (empty for {@code p := 1}), an optional {@code else} continuation and the
 * {@code default} flag.
 */
public record Rule(Head head, Body body, Rule elseRule, boolean isDefault, Location location) {}
