package io.eksform.rego.ast;

import java.util.List;

/**
 * A call {@code f(a, b)}; operators are calls under OPA's internal names ({@code plus}, {@code
 * equal}, {@code internal.member_2}, ...). The operator is a reference such as {@code count} or
 * {@code data.pkg.f}.
 */
public record Call(Ref operator, List<Term> args, Location location) implements Term {
  public Call {
    args = List.copyOf(args);
  }

  /** The operator's dotted name, e.g. {@code strings.replace_n} or {@code data.pkg.f}. */
  public String name() {
    String n = operator.dottedName();
    return n == null ? "?" : n;
  }
}
