package io.eksform.rego.ast;

import java.util.List;

/**
 * A call {@code f(a, b)}; operators are calls under OPA's internal names ({@code plus}, {@code
 * equal}, {@code internal.member_2}, ...). The operator is a reference such as {@code count} or
 * {@code data.pkg.f}. The {@link Site} is where an evaluator keeps what it resolved the call to; it
 * is not part of the call's value (every site equals every other).
 */
public record Call(Ref operator, List<Term> args, Location location, Site site) implements Term {
  public Call {
    args = List.copyOf(args);
  }

  public Call(Ref operator, List<Term> args, Location location) {
    this(operator, args, location, new Site());
  }

  /** The operator's dotted name, e.g. {@code strings.replace_n} or {@code data.pkg.f}. */
  public String name() {
    String n = operator.dottedName();
    return n == null ? "?" : n;
  }

  /**
   * What a call resolves to for one owner (a compiled policy), remembered so that a call evaluated
   * many times is resolved once. Thread-safe: the owner and its target are published together.
   */
  public static final class Site {
    private record Resolved(Object owner, Object target) {}

    private volatile Resolved resolved;

    /** The target remembered for {@code owner}, or null. */
    public Object target(Object owner) {
      Resolved r = resolved;
      return r != null && r.owner() == owner ? r.target() : null;
    }

    /** Remembers {@code target} for {@code owner}. */
    public void remember(Object owner, Object target) {
      resolved = new Resolved(owner, target);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Site;
    }

    @Override
    public int hashCode() {
      return 0;
    }

    @Override
    public String toString() {
      return "";
    }
  }
}
