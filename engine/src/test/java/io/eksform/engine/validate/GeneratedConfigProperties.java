package io.eksform.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.config.ConfigLoader;
import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.config.LoadedFile;
import io.eksform.engine.config.SourceText;
import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.schema.ClusterConfigSchema;
import io.eksform.engine.schema.SchemaValidator;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated ClusterConfigs that follow the format validate clean; one mutation (a wrong type, an
 * unknown key, a removed required field) yields a finding on the mutated node's line.
 */
class GeneratedConfigProperties {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final SchemaValidator schema = new SchemaValidator(ClusterConfigSchema.get());

  @Property(tries = 150)
  void validConfigsValidateClean(@ForAll("configs") ObjectNode config) {
    List<Diagnostic> findings = validate(LineTrackingYaml.of(config).text.toString());
    assertTrue(findings.isEmpty(), () -> findings + "\n" + LineTrackingYaml.of(config).text);
  }

  @Property(tries = 150)
  void aWrongTypeIsReportedOnItsLine(
      @ForAll("configs") ObjectNode config, @ForAll("picks") int pick) {
    List<String> scalars = stringScalars(config, "");
    String target = scalars.get(Math.floorMod(pick, scalars.size()));
    ((ObjectNode) config.at(parentOf(target))).set(last(target), NODES.objectNode().put("x", 1));
    assertFindingOnLine(config, target, "schema/type");
  }

  @Property(tries = 150)
  void anUnknownKeyIsReportedOnItsLine(
      @ForAll("configs") ObjectNode config, @ForAll("picks") int pick) {
    List<String> objects = fixedObjects(config);
    String target = objects.get(Math.floorMod(pick, objects.size()));
    ((ObjectNode) config.at(target)).put("bogusField", "x");
    assertFindingOnLine(config, target + "/bogusField", "schema/unknown-field");
  }

  @Property(tries = 150)
  void aRemovedRequiredFieldIsReportedAtItsParent(
      @ForAll("configs") ObjectNode config, @ForAll("picks") int pick) {
    List<String> required = new ArrayList<>(List.of("/metadata/region"));
    for (int i = 0; i < config.path("fargateProfiles").size(); i++) {
      required.add("/fargateProfiles/" + i + "/name");
    }
    for (int i = 0; i < config.path("managedNodeGroups").size(); i++) {
      required.add("/managedNodeGroups/" + i + "/name");
    }
    String target = required.get(Math.floorMod(pick, required.size()));
    ((ObjectNode) config.at(parentOf(target))).remove(last(target));
    assertFindingOnLine(config, parentOf(target), "schema/required");
  }

  private void assertFindingOnLine(ObjectNode config, String pointer, String rule) {
    LineTrackingYaml yaml = LineTrackingYaml.of(config);
    int line = yaml.lines.get(pointer);
    List<Diagnostic> findings = validate(yaml.text.toString());
    assertTrue(
        findings.stream().anyMatch(d -> d.ruleId().equals(rule) && d.location().line() == line),
        () ->
            "expected "
                + rule
                + " on line "
                + line
                + " for "
                + pointer
                + " but got "
                + findings
                + "\n"
                + yaml.text);
    assertEquals(
        findings.stream().filter(d -> d.location().line() == 0).count(), 0, "positions known");
  }

  private List<Diagnostic> validate(String yaml) {
    ConfigLoader loader =
        new ConfigLoader(LoadOptions.defaults(), new ByteArrayInputStream(new byte[0]));
    LoadedFile loaded = loader.load(SourceText.of("gen.yaml", yaml));
    List<Diagnostic> out = new ArrayList<>(loaded.problems());
    loaded.configs().forEach(doc -> out.addAll(schema.validate(doc, false)));
    return out;
  }

  private static List<String> stringScalars(JsonNode node, String pointer) {
    List<String> out = new ArrayList<>();
    if (node.isObject()) {
      for (var e : node.properties()) {
        String child = pointer + "/" + e.getKey();
        if (e.getValue().isString()
            && !isMapValue(child)
            && !child.startsWith("/api")
            && !child.equals("/kind")) {
          out.add(child);
        } else {
          out.addAll(stringScalars(e.getValue(), child));
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (!node.get(i).isString()) {
          out.addAll(stringScalars(node.get(i), pointer + "/" + i));
        }
      }
    }
    return out;
  }

  private static boolean isMapValue(String pointer) {
    return pointer.contains("/labels/") || pointer.contains("/tags/");
  }

  private static List<String> fixedObjects(JsonNode config) {
    List<String> out = new ArrayList<>(List.of("", "/metadata", "/iam"));
    for (int i = 0; i < config.path("fargateProfiles").size(); i++) {
      out.add("/fargateProfiles/" + i);
      out.add("/fargateProfiles/" + i + "/selectors/0");
    }
    for (int i = 0; i < config.path("managedNodeGroups").size(); i++) {
      out.add("/managedNodeGroups/" + i);
    }
    return out;
  }

  private static String parentOf(String pointer) {
    return pointer.substring(0, pointer.lastIndexOf('/'));
  }

  private static String last(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1);
  }

  @Provide
  Arbitrary<Integer> picks() {
    return Arbitraries.integers().between(0, 10_000);
  }

  @Provide
  Arbitrary<ObjectNode> configs() {
    Arbitrary<String> names =
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> regions =
        Arbitraries.of("us-west-2", "eu-north-1", "ap-south-1", "us-east-1");
    Arbitrary<String> versions = Arbitraries.of("1.30", "1.31", "1.32", "1.33");
    Arbitrary<List<ObjectNode>> profiles = profile(names).list().ofMaxSize(3);
    Arbitrary<List<ObjectNode>> nodeGroups = nodeGroup(names).list().ofMaxSize(3);
    return Combinators.combine(
            names, regions, versions, profiles, nodeGroups, Arbitraries.of(true, false))
        .as(
            (name, region, version, fps, ngs, oidc) -> {
              ObjectNode root = NODES.objectNode();
              root.put("apiVersion", "eksctl.io/v1alpha5");
              root.put("kind", "ClusterConfig");
              ObjectNode meta = root.putObject("metadata");
              meta.put("name", "c" + name);
              meta.put("region", region);
              meta.put("version", version);
              ObjectNode iam = root.putObject("iam");
              iam.put("withOIDC", oidc);
              if (!fps.isEmpty()) {
                ArrayNode arr = root.putArray("fargateProfiles");
                fps.forEach(arr::add);
              }
              if (!ngs.isEmpty()) {
                ArrayNode arr = root.putArray("managedNodeGroups");
                ngs.forEach(arr::add);
              }
              return root;
            });
  }

  private static Arbitrary<ObjectNode> profile(Arbitrary<String> names) {
    return Combinators.combine(names, names, names, Arbitraries.integers().between(0, 2))
        .as(
            (name, ns, label, labels) -> {
              ObjectNode fp = NODES.objectNode();
              fp.put("name", "fp-" + name);
              ObjectNode sel = fp.putArray("selectors").addObject();
              sel.put("namespace", ns);
              if (labels > 0) {
                ObjectNode l = sel.putObject("labels");
                for (int i = 0; i < labels; i++) {
                  l.put("k" + i, label);
                }
              }
              return fp;
            });
  }

  private static Arbitrary<ObjectNode> nodeGroup(Arbitrary<String> names) {
    return Combinators.combine(
            names, Arbitraries.integers().between(0, 5), Arbitraries.of("m5.large", "t3.medium"))
        .as(
            (name, size, type) -> {
              ObjectNode ng = NODES.objectNode();
              ng.put("name", "ng-" + name);
              ng.put("instanceType", type);
              ng.put("minSize", size);
              ng.put("desiredCapacity", size);
              ng.put("maxSize", size + 1);
              return ng;
            });
  }
}
