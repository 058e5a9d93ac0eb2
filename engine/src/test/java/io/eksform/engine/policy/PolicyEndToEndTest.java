package io.eksform.engine.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.validate.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each built-in rule through {@code validate}: a config under {@code policy-cases/} marks the line
 * where a finding is expected with {@code # expect: RULE-ID}; the finding must be on that line.
 * Rules may take their end-to-end case from the eksctl parity corpus instead ({@link
 * EksctlParityTest}).
 */
class PolicyEndToEndTest {
  static final Policies BUILTIN = Policies.embedded(PolicyOptions.builtinOnly());

  @TempDir Path dir;

  static List<Diagnostic> validate(Path dir, String name, String yaml, Policies policies)
      throws IOException {
    Files.writeString(dir.resolve(name), yaml, StandardCharsets.UTF_8);
    return new Validator(
            LoadOptions.defaults(),
            new ByteArrayInputStream(new byte[0]),
            dir,
            List.of(policies.check()))
        .validate(List.of(name))
        .diagnostics();
  }

  @TestFactory
  Stream<DynamicTest> everyMarkedFindingIsOnItsLine() throws IOException {
    return PolicyCases.all().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name(),
                    () -> {
                      List<Diagnostic> found = validate(dir, c.name(), c.yaml(), BUILTIN);
                      for (PolicyCases.Expectation e : c.expectations()) {
                        assertTrue(
                            found.stream()
                                .anyMatch(
                                    d ->
                                        d.ruleId().equals(e.ruleId())
                                            && d.location().line() == e.line()),
                            c.name()
                                + ": "
                                + e.ruleId()
                                + " on line "
                                + e.line()
                                + ", got "
                                + found);
                      }
                    }));
  }

  @Test
  void everyBuiltinRuleHasAnEndToEndCase() throws IOException {
    List<String> covered =
        Stream.concat(
                PolicyCases.all().stream()
                    .flatMap(c -> c.expectations().stream())
                    .map(PolicyCases.Expectation::ruleId),
                ParityCases.all().stream()
                    .flatMap(c -> c.expectations().stream())
                    .map(ParityCases.Expectation::ruleId))
            .toList();
    for (String id : BUILTIN.rules().keySet()) {
      assertTrue(covered.contains(id), "an end-to-end case for " + id);
    }
  }

  @Test
  void builtinRulesDeclareMetadata() {
    assertFalse(BUILTIN.rules().isEmpty());
    BUILTIN
        .rules()
        .values()
        .forEach(
            r -> {
              assertFalse(r.title().isBlank(), r.id());
              assertFalse(r.description().isBlank(), r.id());
              assertFalse(r.remediation().isBlank(), r.id());
              assertTrue(r.id().matches("[a-z]+/[a-z0-9-]+"), r.id());
            });
  }

  @Test
  void everyBuiltinRuleHasADocumentationPage() {
    for (String id : BUILTIN.rules().keySet()) {
      Path page = Path.of("..", "docs", "rules", id + ".md");
      assertTrue(Files.isRegularFile(page), "documentation page " + page);
    }
  }

  @Test
  void withTheBuiltinSetOffAndNoPolicyNothingIsJudged() throws IOException {
    Policies none =
        Policies.embedded(
            new PolicyOptions(false, List.of(), List.of(), List.of(), false, java.util.Map.of()));
    String failing =
        PolicyCases.all().stream()
            .filter(c -> !c.expectations().isEmpty())
            .findFirst()
            .orElseThrow()
            .yaml();

    assertTrue(none.rules().isEmpty());
    assertTrue(
        validate(dir, "on.yaml", failing, BUILTIN).stream()
            .anyMatch(d -> BUILTIN.rules().containsKey(d.ruleId())));
    assertTrue(
        validate(dir, "off.yaml", failing, none).stream()
            .noneMatch(d -> BUILTIN.rules().containsKey(d.ruleId())));
  }

  @Test
  void seedExampleIsClean() throws IOException {
    Path seed = Path.of("..", "examples", "prodcatalog", "clusterconfig.yaml");
    List<Diagnostic> found = validate(dir, "seed.yaml", Files.readString(seed), BUILTIN);
    assertEquals(List.of(), found);
  }

  @Test
  void findingWithoutPathPointsAtTheDocument() throws IOException {
    Path policy = dir.resolve("policy");
    Files.createDirectories(policy);
    Files.writeString(
        policy.resolve("p.rego"),
        "package main\nimport rego.v1\ndeny contains \"no\" if input.kind == \"ClusterConfig\"\n"
            + "warn contains {\"msg\": \"named\", \"path\": [\"metadata\", \"name\"], \"id\": \"x/y\"}"
            + " if true\n");
    Policies custom =
        Policies.embedded(
            new PolicyOptions(
                false, List.of(policy), List.of(), List.of(), false, java.util.Map.of()));
    List<Diagnostic> found =
        validate(
            dir,
            "c.yaml",
            "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: a\n"
                + "  region: us-west-2\n",
            custom);
    assertTrue(
        found.stream().anyMatch(d -> d.ruleId().equals("main/deny") && d.location().line() == 1),
        found.toString());
    assertTrue(
        found.stream()
            .anyMatch(
                d ->
                    d.ruleId().equals("x/y")
                        && d.severity() == io.eksform.engine.lint.Severity.WARNING
                        && d.location().line() == 4),
        found.toString());
  }
}
