package io.eksform.sandbox.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Kubernetes name rules and the ages printed in tables. */
class NamesAndTablesTest {
  @ParameterizedTest
  @ValueSource(strings = {"a", "prodcatalog-ns", "0abc", "a-b-c"})
  void validLabels(String name) {
    assertEquals(List.of(), Names.dns1123Label(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"A", "-a", "a-", "a.b", "a_b", ""})
  void invalidLabels(String name) {
    assertEquals(1, Names.dns1123Label(name).size(), name);
  }

  @Test
  void subdomainsAllowDotsAndLengthIsChecked() {
    assertEquals(List.of(), Names.dns1123Subdomain("envoy.proxies"));
    assertEquals(
        List.of("must be no more than 253 characters"), Names.dns1123Subdomain("a".repeat(254)));
    assertEquals(List.of("must be no more than 63 characters"), Names.dns1123Label("a".repeat(64)));
  }

  @Test
  void qualifiedNamesAndLabelValues() {
    assertEquals(List.of(), Names.qualifiedName("eks.amazonaws.com/role-arn"));
    assertEquals(List.of(), Names.qualifiedName("app.kubernetes.io/managed-by"));
    assertEquals(List.of("prefix part must be non-empty"), Names.qualifiedName("/x"));
    assertTrue(
        Names.qualifiedName("Bad_Prefix/x")
            .get(0)
            .startsWith("prefix part a lowercase RFC 1123 subdomain"));
    assertEquals(List.of(), Names.labelValue(""));
    assertEquals(1, Names.labelValue("has space").size());
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0s", "45, 45s", "119, 119s", "150, 2m30s", "180, 3m", "900, 15m", "10800, 3h",
    "12600, 3h30m", "36000, 10h", "172800, 2d", "187200, 2d4h", "864000, 10d", "63072000, 2y",
        "-5, <invalid>"
  })
  void agesReadLikeKubectls(long seconds, String expected) {
    Instant created = Instant.parse("2026-01-01T00:00:00Z");
    assertEquals(expected, Tables.age(created.toString(), created.plusSeconds(seconds)));
  }
}
