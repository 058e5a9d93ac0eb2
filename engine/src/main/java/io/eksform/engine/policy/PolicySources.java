package io.eksform.engine.policy;

import io.eksform.engine.config.IoProblems;
import io.eksform.engine.problem.ShownPath;
import io.eksform.rego.ast.RegoVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Rego text and data a run evaluates: the built-in modules and data shipped by the {@code
 * policies} module, the user's policy folders ({@code *.rego}, with {@code *_test.rego} kept apart
 * for {@code policy test}) and data files, merged into one data document, and the Rego version the
 * user's files are read with.
 */
public record PolicySources(
    Map<String, String> modules,
    Map<String, String> testModules,
    List<String> userPackages,
    JsonNode data,
    RegoVersion regoVersion) {
  static final String RESOURCES = "io/eksform/policies/";
  private static final Pattern PACKAGE =
      Pattern.compile("^package\\s+([A-Za-z_][\\w.]*)", Pattern.MULTILINE);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final YAMLMapper YAML = new YAMLMapper();

  public PolicySources {
    regoVersion = regoVersion == null ? RegoVersion.V1 : regoVersion;
    modules = Map.copyOf(modules);
    testModules = Map.copyOf(testModules);
    userPackages = List.copyOf(userPackages);
  }

  /** Sources whose user files are Rego v1. */
  public PolicySources(
      Map<String, String> modules,
      Map<String, String> testModules,
      List<String> userPackages,
      JsonNode data) {
    this(modules, testModules, userPackages, data, RegoVersion.V1);
  }

  /** The version a module is read with: the built-in ones are v1, the user's as chosen. */
  public RegoVersion versionOf(String moduleName) {
    return moduleName.startsWith("builtin:") ? RegoVersion.V1 : regoVersion;
  }

  /** Reads everything {@code options} names. */
  public static PolicySources load(PolicyOptions options) {
    Map<String, String> modules = new LinkedHashMap<>();
    Map<String, String> tests = new LinkedHashMap<>();
    ObjectNode data = JSON.createObjectNode();
    if (options.builtin()) {
      for (String name : builtinNames()) {
        (name.endsWith("_test.rego") ? tests : modules).put("builtin:" + name, resource(name));
      }
      merge(data, parseData("builtin:data.json", resource("data.json")));
      ObjectNode limits = (ObjectNode) data.path("eksform").path("limits");
      merge(limits, JSON.valueToTree(options.limits()));
    }
    List<String> packages = new ArrayList<>();
    for (Path dir : options.policyDirs()) {
      for (Path file : regoFiles(dir)) {
        String text = read(file);
        // Named as messages show paths, so a policy error or trace points where the user looks.
        (file.getFileName().toString().endsWith("_test.rego") ? tests : modules)
            .put(ShownPath.of(file), text);
        if (!file.getFileName().toString().endsWith("_test.rego")) {
          Matcher m = PACKAGE.matcher(text);
          if (m.find() && !packages.contains(m.group(1))) {
            packages.add(m.group(1));
          }
        }
      }
    }
    for (Path file : options.dataFiles()) {
      merge(data, parseData(ShownPath.of(file), read(file)));
    }
    return new PolicySources(modules, tests, packages, data, options.regoVersion());
  }

  /** The names of the built-in Rego files, tests included. */
  static List<String> builtinNames() {
    return resource("index.txt").lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
  }

  private static String resource(String name) {
    try (InputStream in =
        PolicySources.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("built-in policy resource missing: " + RESOURCES + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> regoFiles(Path dir) {
    if (Files.isRegularFile(dir)) {
      return List.of(dir);
    }
    if (!Files.isDirectory(dir)) {
      throw new PolicyException(
          "policy folder "
              + ShownPath.of(dir)
              + " does not exist: give a folder of .rego files to --policy");
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".rego") && Files.isRegularFile(p))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new PolicyException(
          "cannot read policy folder " + ShownPath.of(dir) + ": " + e.getMessage(), e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new PolicyException(
          "cannot read " + ShownPath.of(file) + ": " + IoProblems.describe(e), e);
    }
  }

  private static JsonNode parseData(String name, String text) {
    try {
      JsonNode node = name.endsWith(".json") ? JSON.readTree(text) : YAML.readTree(text);
      if (node == null || !node.isObject()) {
        throw new PolicyException(
            "data file " + name + " must hold an object (its keys become data.<key>)");
      }
      return node;
    } catch (JacksonException e) {
      throw new PolicyException(
          "data file " + name + " is not valid JSON or YAML: " + e.getOriginalMessage(), e);
    }
  }

  /** Merges {@code from} into {@code into}: objects key by key, anything else replaced. */
  static void merge(ObjectNode into, JsonNode from) {
    for (Map.Entry<String, JsonNode> e : from.properties()) {
      JsonNode existing = into.get(e.getKey());
      if (existing instanceof ObjectNode o && e.getValue().isObject()) {
        merge(o, e.getValue());
      } else {
        into.set(e.getKey(), e.getValue().deepCopy());
      }
    }
  }
}
