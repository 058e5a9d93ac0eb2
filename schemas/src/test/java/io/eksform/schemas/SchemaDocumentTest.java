package io.eksform.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Checks the schema document itself: valid draft-07, strict, described, no dangling parts. */
class SchemaDocumentTest {

  private static JsonNode root;

  @BeforeAll
  static void read() {
    ObjectMapper json = JsonMapper.builder().build();
    root = json.readTree(ClusterConfigSchema.rawSchema());
  }

  @Test
  void isValidAgainstTheDraft07MetaSchema() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    Schema meta = registry.getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));
    List<Error> errors = meta.validate(ClusterConfigSchema.rawSchema(), InputFormat.JSON);
    assertEquals(List.of(), errors);
  }

  @Test
  void declaresDraft07AndItsPublishedId() {
    assertEquals("http://json-schema.org/draft-07/schema#", root.get("$schema").asString());
    assertEquals(
        "https://eksform.io/schemas/clusterconfig.v1alpha5.schema.json",
        root.get("$id").asString());
  }

  @Test
  void everyPropertyHasADescription() {
    List<String> missing = new ArrayList<>();
    walk(
        root,
        "",
        (path, node) -> {
          JsonNode props = node.get("properties");
          if (props != null) {
            for (Map.Entry<String, JsonNode> p : props.properties()) {
              JsonNode d = p.getValue().get("description");
              if (d == null || d.asString().isBlank()) {
                missing.add(path + "/properties/" + p.getKey());
              }
            }
          }
        });
    assertEquals(List.of(), missing);
  }

  @Test
  void everyObjectWithFixedKeysRefusesUnknownKeys() {
    List<String> open = new ArrayList<>();
    walk(
        root,
        "",
        (path, node) -> {
          JsonNode additional = node.get("additionalProperties");
          if (node.has("properties") && (additional == null || additional.asBoolean(true))) {
            open.add(path);
          }
        });
    assertEquals(List.of(), open);
  }

  @Test
  void everyReferenceResolvesAndEveryDefinitionIsUsed() {
    Set<String> used = new HashSet<>();
    List<String> dangling = new ArrayList<>();
    walk(
        root,
        "",
        (path, node) -> {
          JsonNode ref = node.get("$ref");
          if (ref != null) {
            String pointer = ref.asString().substring(1);
            if (!ref.asString().startsWith("#/") || root.at(pointer).isMissingNode()) {
              dangling.add(path + " -> " + ref.asString());
            } else if (pointer.startsWith("/definitions/")) {
              used.add(pointer.split("/")[2]);
            }
          }
        });
    assertEquals(List.of(), dangling);
    Set<String> unused = new HashSet<>(root.get("definitions").propertyNames());
    unused.removeAll(used);
    assertEquals(Set.of(), unused);
  }

  @Test
  void coversEveryTopLevelSectionOfTheFormat() {
    Set<String> sections = new HashSet<>(root.get("properties").propertyNames());
    for (String expected :
        List.of(
            "apiVersion",
            "kind",
            "metadata",
            "upgradePolicy",
            "kubernetesNetworkConfig",
            "autoModeConfig",
            "remoteNetworkConfig",
            "iam",
            "iamIdentityMappings",
            "identityProviders",
            "accessConfig",
            "vpc",
            "addons",
            "addonsConfig",
            "privateCluster",
            "nodeGroups",
            "managedNodeGroups",
            "fargateProfiles",
            "availabilityZones",
            "localZones",
            "cloudWatch",
            "secretsEncryption",
            "gitops",
            "karpenter",
            "outpost",
            "controlPlaneScalingConfig",
            "zonalShiftConfig",
            "kubeAPIServerConfig",
            "kubeSchedulerConfig",
            "kubeControllerManagerConfig",
            "capabilities")) {
      assertTrue(sections.contains(expected), "missing section " + expected);
    }
  }

  /** Visits every schema object in the document, depth first. */
  private static void walk(JsonNode node, String path, Visitor visitor) {
    if (node.isObject()) {
      visitor.visit(path, node);
      for (Map.Entry<String, JsonNode> child : node.properties()) {
        walk(child.getValue(), path + "/" + child.getKey(), visitor);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "/" + i, visitor);
      }
    }
  }

  /** Callback of {@link #walk}. */
  private interface Visitor {
    void visit(String path, JsonNode node);
  }
}
