package io.eksform.rego.eval;

/** What to do with one solution; returns true to stop the search (e.g. {@code not} found one). */
@FunctionalInterface
interface Cont {
  boolean run();
}
