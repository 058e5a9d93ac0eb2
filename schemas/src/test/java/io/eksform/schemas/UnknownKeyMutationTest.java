package io.eksform.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Error;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mutation checks over real configs: a key added to any fixed-key section of a clean corpus file is
 * reported as exactly one unknown key at that section, and a value of the wrong type anywhere in a
 * section is reported at that value and nowhere else.
 */
class UnknownKeyMutationTest {

  private static final String ALIEN = "eksformUnknownKey";

  /** Keys whose value is an arbitrary document that eksctl passes through unchecked. */
  private static final Set<String> FREE_DOCUMENTS =
      Set.of("attachPolicy", "permissionPolicy", "settings", "kubeletExtraConfig");

  /** Keys whose value is a map with keys of the user's choice (its values may be sections). */
  private static final Set<String> MAPS =
      Set.of(
          "tags",
          "labels",
          "annotations",
          "requiredClaims",
          "flags",
          "private",
          "public",
          "taints");

  private static ClusterConfigSchema schema;

  @BeforeAll
  static void load() {
    schema = ClusterConfigSchema.load();
  }

  @TestFactory
  Stream<DynamicTest> anUnknownKeyIsReportedInEverySectionOfCleanFiles() throws IOException {
    String shared = System.getProperty("eksform.shared.dir");
    Path dir = shared == null ? null : Path.of(shared, "corpus", "eksctl-examples");
    assumeTrue(
        dir != null && Files.isRegularFile(dir.resolve("EXPECT.tsv")),
        "shared corpus not found (system property eksform.shared.dir); mutation checks skipped");
    List<String> clean = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("EXPECT.tsv"))) {
      String[] cols = line.split("\t");
      if (!line.startsWith("#") && cols.length > 1 && cols[1].equals("clean")) {
        clean.add(cols[0]);
      }
    }
    assertTrue(clean.size() > 20, "too few clean rows: " + clean.size());
    return clean.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file,
                    () -> {
                      JsonNode document =
                          ClusterConfigSchema.readDocuments(dir.resolve(file)).get(0);
                      List<String> sections = new ArrayList<>();
                      collectSections(document, "", null, sections);
                      assertTrue(!sections.isEmpty());
                      List<String> wrong = new ArrayList<>();
                      for (String pointer : sections) {
                        ObjectNode mutated = (ObjectNode) document.deepCopy();
                        ((ObjectNode) mutated.at(pointer)).put(ALIEN, "x");
                        List<String> got = new ArrayList<>();
                        for (Error e : schema.validate(mutated)) {
                          got.add(
                              e.getKeyword()
                                  + " "
                                  + e.getInstanceLocation()
                                  + " "
                                  + e.getProperty());
                        }
                        List<String> want =
                            List.of("additionalProperties " + pointer + " " + ALIEN);
                        if (!got.equals(want)) {
                          wrong.add(pointer + " -> " + got);
                        }
                      }
                      assertEquals(List.of(), wrong);
                    }));
  }

  @TestFactory
  Stream<DynamicTest> aValueOfTheWrongTypeIsReportedWhereItIs() throws IOException {
    String shared = System.getProperty("eksform.shared.dir");
    Path dir = shared == null ? null : Path.of(shared, "corpus", "eksctl-examples");
    assumeTrue(
        dir != null && Files.isRegularFile(dir.resolve("EXPECT.tsv")),
        "shared corpus not found (system property eksform.shared.dir); mutation checks skipped");
    return Stream.of(
            "15-managed-nodes.yaml",
            "13-iamserviceaccounts.yaml",
            "39-pod-identity-association.yaml",
            "userdocs-dry-run-1.yaml")
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file,
                    () -> {
                      JsonNode document =
                          ClusterConfigSchema.readDocuments(dir.resolve(file)).get(0);
                      List<String> sections = new ArrayList<>();
                      collectSections(document, "", null, sections);
                      List<String> wrong = new ArrayList<>();
                      int checked = 0;
                      for (String section : sections) {
                        for (Map.Entry<String, JsonNode> field :
                            document.at(section).properties()) {
                          JsonNode value = field.getValue();
                          if (!value.isValueNode() || value.isNull()) {
                            continue;
                          }
                          ObjectNode mutated = (ObjectNode) document.deepCopy();
                          ObjectNode parent = (ObjectNode) mutated.at(section);
                          if (value.isString()) {
                            parent.put(field.getKey(), 12345);
                          } else {
                            parent.put(field.getKey(), "not-a-" + value.getNodeType());
                          }
                          String pointer = section + "/" + escape(field.getKey());
                          List<String> places = new ArrayList<>();
                          for (Error e : schema.validate(mutated)) {
                            places.add(e.getInstanceLocation().toString());
                          }
                          checked++;
                          if (places.isEmpty() || !places.stream().allMatch(pointer::equals)) {
                            wrong.add(pointer + " -> " + places);
                          }
                        }
                      }
                      assertTrue(checked > 10, "too few values mutated: " + checked);
                      assertEquals(List.of(), wrong);
                    }));
  }

  /** JSON Pointers of every object that the schema should treat as a fixed-key section. */
  private static void collectSections(
      JsonNode node, String pointer, String key, List<String> sections) {
    if (key != null && FREE_DOCUMENTS.contains(key)) {
      return;
    }
    if (node.isObject()) {
      boolean isMap = key != null && MAPS.contains(key);
      if (!isMap) {
        sections.add(pointer);
      }
      for (Map.Entry<String, JsonNode> child : node.properties()) {
        String childPointer = pointer + "/" + escape(child.getKey());
        collectSections(child.getValue(), childPointer, isMap ? null : child.getKey(), sections);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectSections(node.get(i), pointer + "/" + i, null, sections);
      }
    }
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
