package io.eksform.rego.ast;

/** A Rego term: a scalar, a variable, a reference, a composite, a call or a comprehension. */
public sealed interface Term
    permits Scalar,
        Var,
        Ref,
        ArrayTerm,
        ObjectTerm,
        SetTerm,
        Call,
        ArrayCompr,
        SetCompr,
        ObjectCompr,
        TemplateString,
        WithTerm {
  Location location();
}
