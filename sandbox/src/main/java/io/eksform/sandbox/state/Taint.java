package io.eksform.sandbox.state;

/** A node group taint in the EKS API's spelling (effect {@code NO_SCHEDULE} and friends). */
public record Taint(String key, String value, String effect) {}
