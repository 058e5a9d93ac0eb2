package io.eksform.rego.compile;

import io.eksform.rego.ast.Rule;
import io.eksform.rego.ast.Term;
import java.util.List;

/**
 * A rule after compilation: references resolved, bodies reordered for safety. {@code tail} holds
 * the head-ref terms after the constant prefix that places the rule in the rule tree (the variable
 * keys of {@code a.b[x] := v}).
 */
public record CompiledRule(Rule rule, RuleKind kind, List<Term> tail, String path) {
  public CompiledRule {
    tail = List.copyOf(tail);
  }
}
