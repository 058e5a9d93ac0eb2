package io.eksform.engine.report.lint;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Validates JSON text against a JSON Schema file, giving the validator's messages. */
final class SchemaCheck {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final Schema schema;

  private SchemaCheck(Schema schema) {
    this.schema = schema;
  }

  /** The schema in {@code file}; its dialect is read from its {@code $schema}. */
  static SchemaCheck load(Path file, SpecificationVersion fallback) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new SchemaCheck(SchemaRegistry.withDefaultDialect(fallback).getSchema(in));
    }
  }

  List<String> errors(String json) {
    JsonNode node = MAPPER.readTree(json);
    return schema.validate(node).stream().map(Error::toString).toList();
  }
}
