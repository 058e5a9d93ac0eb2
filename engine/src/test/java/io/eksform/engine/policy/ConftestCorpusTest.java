package io.eksform.engine.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.rego.ast.RegoVersion;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A corpus of conftest-style policies as users bring them (v0 and v1; deny, warn and violation with
 * strings and objects; prefixed rules and exceptions; data files; several packages), each with an
 * input and the findings expected, one folder per case under {@code conftest-corpus/}.
 */
class ConftestCorpusTest {
  private static Path corpus() throws URISyntaxException {
    return Path.of(ConftestCorpusTest.class.getResource("/conftest-corpus").toURI());
  }

  @Test
  void theCorpusHoldsAtLeastThirtyCasesOfEachVersion() throws Exception {
    List<Path> cases = cases();
    assertTrue(cases.size() >= 30, "cases: " + cases.size());
    long v0 = cases.stream().filter(c -> version(c) == RegoVersion.V0).count();
    assertTrue(v0 >= 10 && cases.size() - v0 >= 10, "v0 cases: " + v0);
  }

  @TestFactory
  Stream<DynamicTest> everyCaseGivesItsExpectedFindings() throws Exception {
    return cases().stream()
        .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
  }

  private static List<Path> cases() throws IOException, URISyntaxException {
    try (Stream<Path> s = Files.list(corpus())) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }

  private static Properties properties(Path c) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(Files.readString(c.resolve("case.properties"))));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return p;
  }

  private static RegoVersion version(Path c) {
    return RegoVersion.parse(properties(c).getProperty("regoVersion", "v1"));
  }

  private static void check(Path c) throws IOException {
    Properties p = properties(c);
    List<Path> data = new ArrayList<>();
    if (Files.isDirectory(c.resolve("data"))) {
      try (Stream<Path> s = Files.list(c.resolve("data"))) {
        data.addAll(s.sorted().toList());
      }
    }
    String ns = p.getProperty("namespaces", "");
    PolicyOptions options =
        new PolicyOptions(
            false,
            List.of(c.resolve("policy")),
            data,
            ns.isEmpty() ? List.of() : Arrays.asList(ns.split(",")),
            Boolean.parseBoolean(p.getProperty("allNamespaces", "false")),
            Map.of(),
            version(c));
    Path inputFile =
        Files.exists(c.resolve("input.yaml")) ? c.resolve("input.yaml") : c.resolve("input.json");
    JsonNode input = new YAMLMapper().readTree(Files.readString(inputFile));
    List<String> got = new ArrayList<>();
    for (Finding f : new EmbeddedBackend(PolicySources.load(options), options).evaluate(input)) {
      got.add(f.ruleId() + "\t" + f.severity().word() + "\t" + f.message());
    }
    got.sort(null);
    List<String> want =
        Files.readAllLines(c.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
            .filter(l -> !l.isBlank())
            .toList();
    assertEquals(want, got, c.getFileName().toString());
  }
}
