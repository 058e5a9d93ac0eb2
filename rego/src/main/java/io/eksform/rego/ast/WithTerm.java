package io.eksform.rego.ast;

import java.util.List;

/**
 * A term evaluated under {@code with} modifiers, as written inside a template string: {@code $"{x
 * with input as {}}"}.
 */
public record WithTerm(Term term, List<With> withs, Location location) implements Term {
  public WithTerm {
    withs = List.copyOf(withs);
  }
}
