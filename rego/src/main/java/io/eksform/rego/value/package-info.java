/**
 * Rego values: null, boolean, number (arbitrary precision), string, array, object (any keys) and
 * set, with OPA's total order, Rego-literal and JSON printing, and conversion from and to Jackson.
 */
package io.eksform.rego.value;
