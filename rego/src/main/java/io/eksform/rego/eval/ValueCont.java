package io.eksform.rego.eval;

import io.eksform.rego.value.Value;

/** What to do with one value of a term; returns true to stop the search. */
@FunctionalInterface
interface ValueCont {
  boolean accept(Value v);
}
