/**
 * The embedded Rego evaluator's API: {@link io.eksform.rego.Rego} compiles modules into a {@link
 * io.eksform.rego.PreparedPolicy}, whose queries evaluate inputs to rows of variable bindings.
 */
package io.eksform.rego;
