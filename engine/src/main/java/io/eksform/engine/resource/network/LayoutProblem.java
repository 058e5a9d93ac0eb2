package io.eksform.engine.resource.network;

/** Why the config's network cannot be built: a message, the config pointer, and a hint. */
record LayoutProblem(String message, String pointer, String hint) {}
