package io.eksform.rego.ast;

import java.util.List;

/** An array literal {@code [a, b]}. */
public record ArrayTerm(List<Term> elements, Location location) implements Term {
  public ArrayTerm {
    elements = List.copyOf(elements);
  }
}
