package io.eksform.rego.ast;

import java.util.List;

/**
 * A reference: a head term followed by path segments, e.g. {@code input.a[i].b}. Dotted segments
 * are string scalars.
 */
public record Ref(Term head, List<Term> path, Location location) implements Term {
  public Ref {
    path = List.copyOf(path);
  }

  /** The dotted name when the head is a variable and every segment is a string: {@code a.b.c}. */
  public String dottedName() {
    if (!(head instanceof Var v)) {
      return null;
    }
    StringBuilder out = new StringBuilder(v.name());
    for (Term t : path) {
      if (t instanceof Scalar s && s.value() instanceof io.eksform.rego.value.StringValue str) {
        out.append('.').append(str.value());
      } else {
        return null;
      }
    }
    return out.toString();
  }
}
