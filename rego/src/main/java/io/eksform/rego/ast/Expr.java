package io.eksform.rego.ast;

import java.util.List;

/** The expression of a body literal. */
public sealed interface Expr {
  /** A term that must be defined and not false, e.g. a call or a reference. */
  record TermExpr(Term term) implements Expr {}

  /** Unification {@code a = b}. */
  record Unify(Term left, Term right) implements Expr {}

  /** Assignment {@code a := b} that declares the variables on the left. */
  record Assign(Term left, Term right) implements Expr {}

  /** {@code some a, b}: declares local variables. */
  record SomeVars(List<Var> vars) implements Expr {
    public SomeVars {
      vars = List.copyOf(vars);
    }
  }

  /** {@code some v in xs} or {@code some k, v in xs}; {@code key} is null in the first form. */
  record SomeIn(Term key, Term value, Term collection) implements Expr {}

  /**
   * A braced body used as an expression, as in {@code not { ... }}: true when it has a solution.
   */
  record Block(Body body) implements Expr {}

  /** {@code every k, v in xs { body }}; {@code key} is null when only values are named. */
  record Every(Term key, Term value, Term domain, Body body) implements Expr {}
}
