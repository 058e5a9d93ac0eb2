package io.eksform.rego.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads conformance YAML files with exact numbers and tabs kept. */
final class CaseLoader {
  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
          .build();

  private CaseLoader() {}

  /** Every {@code .yaml} file under {@code root}, sorted, as paths relative to {@code root}. */
  static List<Path> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .map(root::relativize)
          .sorted()
          .toList();
    }
  }

  static List<ConformanceCase> load(Path root, Path relative) throws IOException {
    JsonNode doc = YAML.readTree(Files.readString(root.resolve(relative)));
    List<ConformanceCase> out = new ArrayList<>();
    JsonNode cases = doc.get("cases");
    if (cases == null) {
      return out;
    }
    String file = relative.toString().replace('\\', '/');
    for (int i = 0; i < cases.size(); i++) {
      JsonNode c = cases.get(i);
      List<String> modules = new ArrayList<>();
      if (c.has("modules")) {
        c.get("modules").forEach(m -> modules.add(m.stringValue()));
      }
      out.add(
          new ConformanceCase(
              file,
              i,
              text(c, "note"),
              text(c, "query"),
              modules,
              c.get("data"),
              c.has("input") ? c.get("input") : null,
              text(c, "input_term"),
              c.get("want_result"),
              text(c, "want_error_code"),
              text(c, "want_error"),
              c.has("strict_error") && c.get("strict_error").asBoolean(),
              c.has("sort_bindings") && c.get("sort_bindings").asBoolean()));
    }
    return out;
  }

  private static String text(JsonNode c, String field) {
    JsonNode n = c.get(field);
    return n == null || n.isNull() ? null : n.asString();
  }
}
