/**
 * The Rego syntax tree: a {@link io.eksform.rego.ast.Module} holds rules; a rule has a head and a
 * body of literals; literals hold expressions over terms (scalars, variables, references,
 * composites, calls, comprehensions). Nodes carry a location that does not take part in equality.
 */
package io.eksform.rego.ast;
