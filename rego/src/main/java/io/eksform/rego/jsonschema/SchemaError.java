package io.eksform.rego.jsonschema;

/**
 * One way a document fails a schema: the dotted field ({@code (root)} at the top), the error kind
 * ({@code invalid_type}, {@code required}, ...) and its description.
 */
public record SchemaError(String field, String type, String description) {
  /** {@code field: description}, as OPA's {@code error} member reads. */
  public String error() {
    return field + ": " + description;
  }
}
