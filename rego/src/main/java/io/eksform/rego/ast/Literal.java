package io.eksform.rego.ast;

import java.util.List;

/** One statement of a body: an expression, possibly negated with {@code not}, with modifiers. */
public record Literal(Expr expr, boolean negated, List<With> withs, Location location) {
  public Literal {
    withs = List.copyOf(withs);
  }

  public Literal withExpr(Expr replacement) {
    return new Literal(replacement, negated, withs, location);
  }
}
