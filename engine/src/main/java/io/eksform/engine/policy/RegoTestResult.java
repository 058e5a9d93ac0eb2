package io.eksform.engine.policy;

/** The outcome of one Rego {@code test_} rule: where it is, whether it passed, and why not. */
public record RegoTestResult(
    String file, String packageName, String name, boolean passed, String detail) {}
