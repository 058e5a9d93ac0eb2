/**
 * The OPA conformance runner: a case is one entry of a YAML file (modules, query, data, input and
 * the expected rows or error); the suite runs them all and reports per topic and tier.
 */
package io.eksform.rego.conformance;
