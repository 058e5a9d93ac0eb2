package io.eksform.bench.validate;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.eksform.engine.schema.ClusterConfigSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The least work the validate command's mandated parts do: Jackson's YAML module reads each file
 * into a tree and networknt checks the tree against eksform's schema, files in parallel; no source
 * map, no messages, no policies, no command line. Timed from outside against {@code eksform
 * validate --no-builtin} and a JVM hello world (bench/component-floor.sh): it is the floor the
 * command's figures cannot go below on this JVM.
 *
 * <pre>java -cp CP io.eksform.bench.validate.ComponentFloor FILE_OR_FOLDER</pre>
 */
public final class ComponentFloor {
  private ComponentFloor() {}

  public static void main(String[] args) throws IOException {
    Path input = Path.of(args[0]);
    List<Path> files;
    if (Files.isDirectory(input)) {
      try (Stream<Path> walk = Files.list(input)) {
        files = walk.sorted().toList();
      }
    } else {
      files = List.of(input);
    }
    Schema schema = schema();
    YAMLMapper yaml = YAMLMapper.builder().build();
    long findings =
        (files.size() > 1 ? files.parallelStream() : files.stream())
            .mapToLong(file -> schema.validate(yaml.readTree(file.toFile())).size())
            .sum();
    System.out.println(files.size() + " files, " + findings + " schema findings");
  }

  private static Schema schema() throws IOException {
    try (InputStream in = ClusterConfigSchema.open()) {
      JsonNode node = JsonMapper.builder().build().readTree(in);
      Schema schema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
              .getSchema(SchemaLocation.of(node.path("$id").asString()), node);
      schema.initializeValidators();
      return schema;
    }
  }
}
