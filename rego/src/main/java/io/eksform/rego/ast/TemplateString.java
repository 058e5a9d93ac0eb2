package io.eksform.rego.ast;

import java.util.List;

/**
 * A template string {@code $"a {x} b"}: literal text parts (string scalars) and embedded terms, in
 * order.
 */
public record TemplateString(List<Term> parts, boolean raw, Location location) implements Term {
  public TemplateString {
    parts = List.copyOf(parts);
  }
}
