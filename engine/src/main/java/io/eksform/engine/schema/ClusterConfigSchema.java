package io.eksform.engine.schema;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * eksform's JSON Schema for {@code eksctl.io/v1alpha5} ClusterConfig documents, loaded once from
 * the {@code schemas} module, with {@link Int32Bounds} on its integers, and compiled for
 * networknt's validator.
 */
public final class ClusterConfigSchema {
  /** Classpath location of the schema in the schemas module. */
  public static final String RESOURCE = "io/eksform/schemas/clusterconfig.v1alpha5.schema.json";

  private final JsonNode root;
  private final Schema compiled;

  private ClusterConfigSchema(JsonNode root, Schema compiled) {
    this.root = root;
    this.compiled = compiled;
  }

  /** The shared instance; loading and compiling happen on first use. */
  public static ClusterConfigSchema get() {
    return Holder.INSTANCE;
  }

  public JsonNode root() {
    return root;
  }

  public Schema compiled() {
    return compiled;
  }

  /** The schema's own text, for publishing it to editors. */
  public static InputStream open() {
    InputStream in = ClusterConfigSchema.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("schema resource missing from the classpath: " + RESOURCE);
    }
    return in;
  }

  private static ClusterConfigSchema load() {
    try (InputStream in = open()) {
      JsonNode node = JsonMapper.builder().build().readTree(in);
      Int32Bounds.addTo(node);
      SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
      String id = node.path("$id").asString("https://eksform.io/schemas/clusterconfig.json");
      Schema schema = registry.getSchema(SchemaLocation.of(id), node);
      schema.initializeValidators();
      return new ClusterConfigSchema(node, schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Holder {
    static final ClusterConfigSchema INSTANCE = load();
  }
}
