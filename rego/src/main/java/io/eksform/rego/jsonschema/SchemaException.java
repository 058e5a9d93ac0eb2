package io.eksform.rego.jsonschema;

/** A schema that is not a valid JSON Schema; the message is worded as OPA reports it. */
public final class SchemaException extends Exception {
  private static final long serialVersionUID = 1L;

  public SchemaException(String message) {
    super(message, null, false, false);
  }
}
