package io.eksform.cli.policy;

import io.eksform.cli.common.UserError;
import io.eksform.engine.problem.ShownPath;
import io.eksform.rego.PreparedPolicy;
import io.eksform.rego.Rego;
import io.eksform.rego.ast.Module;
import io.eksform.rego.ast.RegoVersion;
import io.eksform.rego.compile.RegoCompileException;
import io.eksform.rego.parse.Parser;
import io.eksform.rego.parse.RegoParseException;
import io.eksform.rego.value.JsonValues;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads policies from files and folders: every {@code .rego} file is a module; {@code .json} and
 * {@code .yaml} files are data, placed under {@code data} at their folder's path.
 */
final class PolicySources {
  static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
          .build();
  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
          .build();

  private PolicySources() {}

  /** Compiles the modules (as Rego v1) and data found under {@code roots}. */
  static PreparedPolicy load(List<Path> roots, boolean withData) {
    return load(roots, withData, RegoVersion.V1);
  }

  /**
   * Compiles the modules and data found under {@code roots}, reading modules as {@code version}.
   */
  static PreparedPolicy load(List<Path> roots, boolean withData, RegoVersion version) {
    List<Module> modules = new ArrayList<>();
    Value data = ObjectValue.EMPTY;
    for (Path root : roots) {
      if (!Files.exists(root)) {
        throw new UserError(root + " does not exist", "pass a .rego file or a folder of them");
      }
      for (Path file : files(root)) {
        String name = file.getFileName().toString();
        if (name.endsWith(".rego")) {
          modules.add(parse(file, version));
        } else if (withData && (name.endsWith(".json") || name.endsWith(".yaml"))) {
          Path rel = Files.isDirectory(root) ? root.relativize(file.getParent()) : Path.of("");
          data = place(data, rel, JsonValues.fromJson(read(file)));
        }
      }
    }
    try {
      return Rego.prepare(modules, data instanceof ObjectValue o ? o : ObjectValue.EMPTY);
    } catch (RegoCompileException e) {
      throw new UserError(e.getMessage(), "fix the policy and run again");
    }
  }

  private static List<Path> files(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of(root);
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UserError("cannot read " + ShownPath.of(root) + ": " + e.getMessage(), null);
    }
  }

  private static Module parse(Path file, RegoVersion version) {
    try {
      return Parser.parseModule(file.toString(), Files.readString(file), version);
    } catch (IOException e) {
      throw new UserError("cannot read " + ShownPath.of(file) + ": " + e.getMessage(), null);
    } catch (RegoParseException e) {
      throw new UserError(
          e.getMessage(), e.hint() != null ? e.hint() : "fix the syntax error and run again");
    }
  }

  /** Reads a JSON or YAML file. */
  static JsonNode read(Path file) {
    try {
      String text = Files.readString(file);
      return file.toString().endsWith(".json") ? JSON.readTree(text) : YAML.readTree(text);
    } catch (IOException | JacksonException e) {
      throw new UserError(
          "cannot read "
              + ShownPath.of(file)
              + ": "
              + e.getMessage().lines().findFirst().orElse(""),
          "check the file is valid JSON or YAML");
    }
  }

  private static Value place(Value data, Path rel, Value value) {
    List<Value> path = new ArrayList<>();
    for (Path p : rel) {
      if (!p.toString().isEmpty()) {
        path.add(StringValue.of(p.toString()));
      }
    }
    return merge(data, path, value);
  }

  private static Value merge(Value base, List<Value> path, Value v) {
    java.util.TreeMap<Value, Value> m = new java.util.TreeMap<>();
    if (base instanceof ObjectValue o) {
      m.putAll(o.entries());
    }
    if (path.isEmpty()) {
      if (v instanceof ObjectValue o) {
        for (var e : o.entries().entrySet()) {
          Value old = m.get(e.getKey());
          m.put(
              e.getKey(),
              old instanceof ObjectValue && e.getValue() instanceof ObjectValue
                  ? merge(old, List.of(), e.getValue())
                  : e.getValue());
        }
        return ObjectValue.wrap(m);
      }
      return v;
    }
    Value key = path.get(0);
    m.put(key, merge(m.get(key), path.subList(1, path.size()), v));
    return ObjectValue.wrap(m);
  }
}
