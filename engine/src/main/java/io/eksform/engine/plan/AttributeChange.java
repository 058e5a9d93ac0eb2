package io.eksform.engine.plan;

import tools.jackson.databind.JsonNode;

/**
 * One attribute that a change alters, from {@code before} to {@code after} (JSON null when absent).
 * {@code forcesReplacement} marks attributes AWS cannot change in place; {@code knownAfterApply}
 * marks values only AWS can tell.
 */
public record AttributeChange(
    String path,
    JsonNode before,
    JsonNode after,
    boolean forcesReplacement,
    boolean knownAfterApply) {}
