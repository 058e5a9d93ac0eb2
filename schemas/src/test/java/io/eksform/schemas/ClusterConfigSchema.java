package io.eksform.schemas;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The ClusterConfig schema loaded the way eksform's engine loads it, for use in tests. */
final class ClusterConfigSchema {

  static final String RESOURCE = "/io/eksform/schemas/clusterconfig.v1alpha5.schema.json";

  private static final ObjectMapper YAML = YAMLMapper.builder().build();

  private final Schema schema;

  private ClusterConfigSchema(Schema schema) {
    this.schema = schema;
  }

  /** Loads the schema from the classpath with a draft-07 registry. */
  static ClusterConfigSchema load() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    return new ClusterConfigSchema(registry.getSchema(rawSchema(), InputFormat.JSON));
  }

  /** The schema document as text. */
  static String rawSchema() {
    try (InputStream in = ClusterConfigSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Validation errors of one YAML (or JSON) document given as text. */
  List<Error> validateYaml(String yaml) {
    return schema.validate(YAML.readTree(yaml));
  }

  /** Validation errors of one parsed document. */
  List<Error> validate(JsonNode document) {
    return schema.validate(document);
  }

  /** Every non-empty document of a YAML or JSON file (JSON is a subset of YAML). */
  static List<JsonNode> readDocuments(Path file) {
    List<JsonNode> documents = new ArrayList<>();
    try (MappingIterator<JsonNode> it =
        YAML.readerFor(JsonNode.class).readValues(Files.readString(file))) {
      while (it.hasNextValue()) {
        JsonNode node = it.nextValue();
        if (node != null && !node.isMissingNode() && !node.isNull()) {
          documents.add(node);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(documents);
  }
}
