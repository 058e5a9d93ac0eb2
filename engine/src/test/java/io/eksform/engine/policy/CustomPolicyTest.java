package io.eksform.engine.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.lint.Severity;
import io.eksform.rego.ast.RegoVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * conftest conventions for the user's Rego: packages, rule names, message shapes, data, metadata.
 */
class CustomPolicyTest {
  static final JsonNode INPUT =
      JsonMapper.builder()
          .build()
          .readTree("{\"metadata\":{\"name\":\"demo\",\"region\":\"us-east-1\"}}");

  @TempDir Path dir;

  List<Finding> run(List<String> namespaces, boolean all, List<Path> data) throws IOException {
    Path policy = dir.resolve("policy");
    Files.createDirectories(policy);
    Files.writeString(
        policy.resolve("main.rego"),
        "package main\nimport rego.v1\n"
            + "deny contains \"main deny\" if true\n"
            + "violation contains {\"msg\": \"main violation\", \"severity\": \"warning\"} if true\n");
    Files.writeString(
        policy.resolve("team.rego"),
        "package team.rules\nimport rego.v1\n"
            + "# METADATA\n# title: Region allow-list\n# description: Clusters run in allowed regions.\n"
            + "# custom:\n#   id: team/region\n#   severity: error\n#   remediation: Use an allowed region.\n"
            + "deny contains {\"id\": \"team/region\", \"msg\": \"region not allowed\", \"path\": \"/metadata/region\"}"
            + " if not input.metadata.region in data.allowed\n"
            + "warn contains \"team warn\" if true\n");
    PolicyOptions options =
        new PolicyOptions(false, List.of(policy), data, namespaces, all, Map.of());
    return new EmbeddedBackend(PolicySources.load(options), options).evaluate(INPUT);
  }

  @Test
  void mainPackageByDefault() throws IOException {
    List<Finding> found = run(List.of(), false, List.of());
    assertEquals(
        List.of(
            new Finding("main/deny", "main deny", "", Severity.ERROR),
            new Finding("main/violation", "main violation", "", Severity.WARNING)),
        found);
  }

  @Test
  void namedNamespaceWithData() throws IOException {
    Path data = dir.resolve("allowed.yaml");
    Files.writeString(data, "allowed: [eu-west-1]\n");
    List<Finding> found = run(List.of("team.rules"), false, List.of(data));
    assertEquals(
        List.of(
            new Finding("team/region", "region not allowed", "/metadata/region", Severity.ERROR),
            new Finding("team.rules/warn", "team warn", "", Severity.WARNING)),
        found);
  }

  @Test
  void allNamespaces() throws IOException {
    assertEquals(4, run(List.of(), true, List.of()).size());
  }

  @Test
  void userMetadataFeedsTheCatalogue() throws IOException {
    run(List.of(), false, List.of());
    Policies p =
        Policies.embedded(
            new PolicyOptions(
                false, List.of(dir.resolve("policy")), List.of(), List.of(), false, Map.of()));
    PolicyRule rule = p.rules().get("team/region");
    assertEquals("Region allow-list", rule.title());
    assertTrue(rule.toRule().helpUri().endsWith("docs/rules/team/region.md"));
  }

  @Test
  void badDataFileIsAClearError() throws IOException {
    Path data = dir.resolve("bad.json");
    Files.writeString(data, "[1,");
    PolicyException e =
        assertThrows(PolicyException.class, () -> run(List.of(), false, List.of(data)));
    assertTrue(e.getMessage().contains("bad.json"), e.getMessage());
  }

  @Test
  void conftestPoliciesWrittenForOpaZeroRunWithRegoV0() throws IOException {
    Path policy = dir.resolve("v0");
    Files.createDirectories(policy);
    Files.writeString(
        policy.resolve("main.rego"),
        "package main\n"
            + "deny[msg] { input.metadata.region == \"us-east-1\"; msg := \"v0 style works\" }\n");
    PolicyOptions v0 =
        new PolicyOptions(
            false, List.of(policy), List.of(), List.of(), false, Map.of(), RegoVersion.V0);
    assertEquals(
        List.of(new Finding("main/deny", "v0 style works", "", Severity.ERROR)),
        new EmbeddedBackend(PolicySources.load(v0), v0).evaluate(INPUT));
    PolicyOptions v1 =
        new PolicyOptions(false, List.of(policy), List.of(), List.of(), false, Map.of());
    PolicyException e =
        assertThrows(PolicyException.class, () -> new EmbeddedBackend(PolicySources.load(v1), v1));
    assertTrue(
        e.getMessage().contains("`if` keyword is required before rule body"), e.getMessage());
    assertTrue(e.getMessage().contains("--rego-version v0"), e.getMessage());
  }

  @Test
  void prefixedRulesCountAndConftestExceptionsSilenceThem() throws IOException {
    Path policy = dir.resolve("exceptions");
    Files.createDirectories(policy);
    Files.writeString(
        policy.resolve("main.rego"),
        """
        package main
        import rego.v1
        deny_region contains "region us-east-1" if input.metadata.region == "us-east-1"
        deny_name contains "name demo" if input.metadata.name == "demo"
        warn_tags contains "no tags" if not input.metadata.tags
        exception contains ["region"] if input.metadata.name == "demo"
        """);
    PolicyOptions options =
        new PolicyOptions(false, List.of(policy), List.of(), List.of(), false, Map.of());
    assertEquals(
        List.of(
            new Finding("main/deny_name", "name demo", "", Severity.ERROR),
            new Finding("main/warn_tags", "no tags", "", Severity.WARNING)),
        new EmbeddedBackend(PolicySources.load(options), options).evaluate(INPUT));
  }
}
