package io.eksform.cli.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.EksformCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PolicyCommandsTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = EksformCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private void write(String name, String text) throws Exception {
    Files.writeString(dir.resolve(name), text);
  }

  @Test
  void policyTestReportsEachTestAndFailsWhenOneFails() throws Exception {
    write(
        "fargate.rego",
        """
        package fargate
        deny contains "no selectors" if {
          some p in input.profiles
          not p.selectors
        }
        """);
    write(
        "fargate_test.rego",
        """
        package fargate
        test_denies if deny["no selectors"] with input as {"profiles": [{"name": "a"}]}
        test_wrong if count(deny) == 1 with input as {"profiles": []}
        """);
    int code = run("policy", "test", dir.toString(), "--coverage");
    assertEquals(1, code, err.toString());
    String text = out.toString();
    assertTrue(text.contains("data.fargate.test_denies: PASS"), text);
    assertTrue(text.contains("data.fargate.test_wrong: FAIL"), text);
    assertTrue(text.contains("PASS: 1/2"), text);
    assertTrue(text.contains("FAIL: 1/2"), text);
    assertTrue(text.contains("fargate.rego: 100.0% (1/1 rules)"), text);
  }

  @Test
  void policyTestExitsZeroWhenAllPass() throws Exception {
    write(
        "ok.rego",
        "package ok\nallow if input.x == 1\ntest_allow if allow with input as {\"x\": 1}\n");
    assertEquals(0, run("policy", "test", dir.toString()));
    assertTrue(out.toString().contains("PASS: 1/1"), out.toString());
  }

  @Test
  void aFailingTestShowsTheExpressionAndItsValues() throws Exception {
    write(
        "count_test.rego",
        """
        package counts
        deny contains "x" if input.x
        test_two if {
          n := count(deny) with input as {"x": true}
          n == 2
        }
        """);
    assertEquals(1, run("policy", "test", dir.toString()));
    String text = out.toString();
    assertTrue(text.contains("data.counts.test_two: FAIL"), text);
    assertTrue(text.contains("count_test.rego:5: Fail n == 2"), text);
    assertTrue(text.contains("n = 1"), text);
    assertFalse(text.contains("data.eksform"), "built-in tests run only with --builtin: " + text);
  }

  @Test
  void runSelectsTestsAndJsonFormatListsThem() throws Exception {
    write("sel_test.rego", "package sel\ntest_a if true\ntest_b if false\nq if input.y\n");
    assertEquals(
        0,
        run(
            "policy",
            "test",
            dir.toString(),
            "--run",
            "test_a$",
            "--format",
            "json",
            "--coverage"));
    String json = out.toString().replaceAll("\\s+", "");
    assertTrue(json.contains("\"package\":\"data.sel\",\"name\":\"test_a\""), json);
    assertFalse(json.contains("test_b"), json);
    assertTrue(json.contains("\"coverage\":{\"files\":"), json);
  }

  @Test
  void regoVersionV0ReadsConftestPolicies() throws Exception {
    write(
        "v0_test.rego",
        "package main\ndeny[msg] { input.bad; msg := \"bad\" }\n"
            + "test_bad { deny[\"bad\"] with input as {\"bad\": true} }\n");
    assertEquals(0, run("policy", "test", "--rego-version", "v0", dir.toString()));
    out.getBuffer().setLength(0);
    assertEquals(1, run("policy", "test", dir.toString()));
    assertTrue(err.toString().contains("--rego-version v0"), err.toString());
  }

  @Test
  void policyEvalPrintsOpaStyleJson() throws Exception {
    Path policies = Files.createDirectory(dir.resolve("policies"));
    Files.writeString(
        policies.resolve("main.rego"),
        "package main\ndeny contains msg if { some p in input.profiles; msg := p.name }\n");
    Files.writeString(policies.resolve("data.json"), "{\"limits\": {\"max\": 3}}");
    Path input = dir.resolve("input.json");
    Files.writeString(input, "{\"profiles\": [{\"name\": \"b\"}, {\"name\": \"a\"}]}");
    assertEquals(
        0,
        run(
            "policy",
            "eval",
            "--data",
            policies.toString(),
            "--input",
            input.toString(),
            "data.main.deny"));
    String json = out.toString().replaceAll("\\s+", "");
    assertTrue(json.contains("\"value\":[\"a\",\"b\"]"), json);
    assertTrue(json.contains("\"text\":\"data.main.deny\""), json);
    out.getBuffer().setLength(0);
    assertEquals(0, run("policy", "eval", "-d", policies.toString(), "x := data.limits.max"));
    assertTrue(
        out.toString().replaceAll("\\s+", "").contains("\"bindings\":{\"x\":3}"), out.toString());
  }

  @Test
  void undefinedResultIsAnEmptyObject() throws Exception {
    write("p.rego", "package p\nq if false\n");
    assertEquals(0, run("policy", "eval", "-d", dir.toString(), "data.p.q"));
    assertEquals("{ }", out.toString().trim());
  }

  @Test
  void syntaxErrorsAreMessagesNotStackTraces() throws Exception {
    write("bad.rego", "package p\n\nq if {\n  x := \n}\n");
    assertEquals(1, run("policy", "test", dir.toString()));
    String text = err.toString();
    assertTrue(text.contains("bad.rego:5:1: rego_parse_error: unexpected } token"), text);
    assertFalse(text.contains("at io.eksform"), text);
  }

  @Test
  void conformanceCommandEndsWithTheTotals() throws Exception {
    Path cases = Files.createDirectories(dir.resolve("v1/demo"));
    Files.writeString(
        cases.resolve("demo.yaml"),
        """
        cases:
          - note: demo/ok
            query: data.test.p = x
            modules:
              - |
                package test
                p := 1 + 1
            want_result:
              - x: 2
          - note: demo/wrong
            query: data.test.p = x
            modules:
              - |
                package test
                p := 3
            want_result:
              - x: 2
        """);
    assertEquals(1, run("rego", "conformance", dir.toString()));
    String[] lines = out.toString().trim().split("\n");
    assertEquals("1 passed, 1 failed, 0 skipped", lines[lines.length - 1].trim());
    assertTrue(out.toString().contains("[not in known-failures]"), out.toString());
  }
}
