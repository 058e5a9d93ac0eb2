package io.eksform.rego.ast;

import java.util.List;

/** An object literal {@code {k: v}}; keys are terms, as Rego allows any key. */
public record ObjectTerm(List<Entry> entries, Location location) implements Term {
  public ObjectTerm {
    entries = List.copyOf(entries);
  }

  /** One {@code key: value} pair. */
  public record Entry(Term key, Term value) {}
}
