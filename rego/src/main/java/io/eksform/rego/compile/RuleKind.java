package io.eksform.rego.compile;

/** What a rule contributes to the document at its path. */
public enum RuleKind {
  /** {@code p := v}: one value. */
  COMPLETE,
  /** {@code p contains x}: members of a set. */
  MULTI,
  /** {@code p[k] := v} or {@code a.b[x].c := v}: entries of an object built from the head ref. */
  OBJECT,
  /** {@code f(x) := v}: a function, not part of the data document. */
  FUNCTION
}
