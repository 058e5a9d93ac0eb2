package io.eksform.engine.desired;

/**
 * One value a config sets: the JSON Pointer of a scalar ({@code /managedNodeGroups/0/minSize}) and
 * its text as read ({@code "2"}, {@code "true"}).
 */
public record ConfigField(String pointer, String value) {}
