package io.eksform.rego.ast;

import java.util.List;

/**
 * A rule head. {@code ref} names the rule ({@code p}, {@code a.b[x]}); {@code args} is non-null for
 * functions; {@code key} is set for {@code contains} (multi-value) rules; {@code value} is null
 * when the head has no value (then it is {@code true}); {@code assign} tells {@code :=} from {@code
 * =}.
 */
public record Head(Ref ref, List<Term> args, Term key, Term value, boolean assign) {
  public Head {
    args = args == null ? null : List.copyOf(args);
  }

  public boolean isFunction() {
    return args != null;
  }

  public boolean isMultiValue() {
    return key != null;
  }
}
