/**
 * A JSON Schema validator for Rego values (the draft 4 to 7 keywords policies use), with the error
 * kinds and texts of the validator OPA's {@code json.match_schema} reports.
 */
package io.eksform.rego.jsonschema;
