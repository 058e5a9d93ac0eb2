package io.eksform.engine.report.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.eksform.engine.plan.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON format: valid against its published schema (draft-07), and faithful to the plan. */
class JsonPlanRendererTest {
  static final String SCHEMA = "/io/eksform/schemas/plan.v1.schema.json";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = JsonPlanRendererTest.class.getResourceAsStream(SCHEMA)) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    }
  }

  static List<String> errors(String json) {
    return schema.validate(MAPPER.readTree(json)).stream().map(Error::toString).toList();
  }

  static String json(Plan plan) {
    return PlanFormat.JSON.renderer().renderToString(plan, PlanRenderOptions.plain());
  }

  @Test
  void everyCaseValidatesAgainstThePlanSchema() {
    for (Map.Entry<String, Plan> c : PlanCases.all().entrySet()) {
      assertEquals(List.of(), errors(json(c.getValue())), c.getKey());
    }
  }

  @Test
  void theSchemaRejectsAnUnknownAction() {
    String bad =
        json(PlanCases.replace()).replace("\"action\": \"replace\"", "\"action\": \"modify\"");
    assertFalse(errors(bad).isEmpty());
  }

  @Test
  void theDocumentCarriesTheIssueFieldsAndCounts() {
    JsonNode root = MAPPER.readTree(json(PlanCases.seedCreate()));
    assertEquals(Plan.FORMAT_VERSION, root.get("formatVersion").asString());
    assertEquals(5, root.get("summary").get("create").asInt());
    JsonNode sa = root.get("changes").get(4);
    assertEquals(
        "iam_service_account.prodcatalog-ns/prodcatalog-envoy-proxies",
        sa.get("address").asString());
    assertEquals("iam_service_account", sa.get("type").asString());
    assertEquals("prodcatalog-ns/prodcatalog-envoy-proxies", sa.get("name").asString());
    assertEquals("create", sa.get("action").asString());
    assertEquals(true, sa.get("before").isNull());
    assertEquals(
        "[\"oidc_provider\",\"kubernetes_namespace.prodcatalog-ns\"]",
        sa.get("dependsOn").toString());
  }
}
