package io.eksform.rego.ast;

import java.util.List;

/** A query or rule body: literals that must all hold, evaluated left to right. */
public record Body(List<Literal> literals) {
  public Body {
    literals = List.copyOf(literals);
  }
}
