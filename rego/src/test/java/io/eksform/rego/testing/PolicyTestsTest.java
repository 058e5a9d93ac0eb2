package io.eksform.rego.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eksform.rego.PreparedPolicy;
import io.eksform.rego.Rego;
import io.eksform.rego.value.ObjectValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyTestsTest {
  @Test
  void reportsPassFailErrorAndCoverage() {
    PreparedPolicy p =
        Rego.prepare(
            Map.of(
                "a.rego",
                """
                package a
                allow if input.user == "admin"
                never if input.nope == 1
                """,
                "a_test.rego",
                """
                package a
                test_admin if allow with input as {"user": "admin"}
                test_guest if allow with input as {"user": "guest"}
                test_broken if 1 / 0 == 1 with input as {}
                todo_test_later if false
                """),
            ObjectValue.EMPTY);
    TestReport report = PolicyTests.run(p, true);
    assertEquals(
        List.of(
            "data.a.test_admin",
            "data.a.test_broken",
            "data.a.test_guest",
            "data.a.todo_test_later"),
        report.results().stream().map(TestResult::name).toList());
    assertEquals(
        List.of(
            TestResult.Status.PASS,
            TestResult.Status.FAIL,
            TestResult.Status.FAIL,
            TestResult.Status.SKIPPED),
        report.results().stream().map(TestResult::status).toList());
    TestReport.Coverage c = report.coverage().get("a.rego");
    assertEquals(List.of(2), c.covered());
    assertEquals(List.of(3), c.notCovered());
  }
}
