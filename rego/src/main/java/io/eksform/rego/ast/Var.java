package io.eksform.rego.ast;

/**
 * A variable. Each {@code _} is renamed to a fresh {@code $N} wildcard by the parser, so that two
 * wildcards never unify with each other.
 */
public record Var(String name, Location location) implements Term {
  /** Names are interned: the evaluator compares the names of bound variables by identity first. */
  public Var {
    name = name.intern();
  }

  /** True for the parser's renamed {@code _}. */
  public boolean isWildcard() {
    return name.startsWith("$");
  }
}
