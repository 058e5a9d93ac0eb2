package io.eksform.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.LintReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers eksform cannot carry are findings at their line, found in milliseconds, and the other
 * files of the run are still checked.
 */
class HostileNumbersTest {
  private static final String GOOD =
      "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: demo\n  region: us-west-2\n";

  @TempDir Path dir;

  private LintReport run(String... inputs) {
    return new Validator(
            LoadOptions.defaults(), new ByteArrayInputStream(new byte[0]), dir, List.of())
        .validate(List.of(inputs));
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  private static List<Diagnostic> of(LintReport report, String file) {
    return report.diagnostics().stream().filter(d -> d.location().file().equals(file)).toList();
  }

  private static String nodeGroup(String field, String value) {
    return GOOD
        + "managedNodeGroups:\n  - name: ng-1\n    "
        + field
        + ": "
        + value
        + "\n    maxSize: 4294967298\n";
  }

  @Test
  void aCountBeyond32BitsIsAnErrorAtItsLine() throws IOException {
    write("c.yaml", nodeGroup("minSize", "4294967297"));
    List<Diagnostic> found = of(run("c.yaml"), "c.yaml");
    assertEquals(2, found.size(), found.toString());
    Diagnostic min = found.get(0);
    assertEquals("schema/range", min.ruleId());
    assertEquals(8, min.location().line());
    assertTrue(min.message().contains("minSize is 4294967297"), min.message());
    assertTrue(min.message().contains("at most 2147483647"), min.message());
    assertEquals(9, found.get(1).location().line());
  }

  @Test
  void anIntegralNumberWrittenWithAnExponentIsBoundedToo() throws IOException {
    write("c.yaml", nodeGroup("desiredCapacity", "-1e12"));
    Diagnostic d = of(run("c.yaml"), "c.yaml").get(0);
    assertEquals("schema/range", d.ruleId());
    assertTrue(d.message().contains("less than a 32-bit count"), d.message());
  }

  @Test
  void aHugeExponentIsRefusedAtItsLineInMilliseconds() throws IOException {
    write("a.yaml", nodeGroup("desiredCapacity", "1e9999999"));
    write("b.yaml", nodeGroup("desiredCapacity", "1e999999999"));
    write("c.yaml", nodeGroup("desiredCapacity", "1e-9999999"));
    write("d.yaml", nodeGroup("desiredCapacity", "1e99999999999999"));
    write("good.yaml", GOOD);
    LintReport report =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5), () -> run("a.yaml", "b.yaml", "c.yaml", "d.yaml", "good.yaml"));
    for (String file : List.of("a.yaml", "b.yaml", "c.yaml", "d.yaml")) {
      Diagnostic d = of(report, file).get(0);
      assertEquals("schema/range", d.ruleId(), d.toString());
      assertEquals(8, d.location().line(), d.toString());
      assertTrue(d.message().length() < 200, d.message());
      assertTrue(
          of(report, file).stream().noneMatch(f -> f.ruleId().equals("schema/type")),
          of(report, file).toString());
    }
    assertTrue(of(report, "good.yaml").isEmpty());
  }

  @Test
  void textWhereANumberBelongsIsNotToldToLoseQuotesItDoesNotHave() throws IOException {
    write("plain.yaml", nodeGroup("minSize", "three"));
    write("quoted.yaml", nodeGroup("minSize", "\"3\""));
    LintReport report = run("plain.yaml", "quoted.yaml");
    Diagnostic plain = of(report, "plain.yaml").get(0);
    assertEquals("schema/type", plain.ruleId());
    assertTrue(!plain.hint().orElse("").contains("quotes"), plain.toString());
    Diagnostic quoted = of(report, "quoted.yaml").get(0);
    assertEquals("remove the quotes around 3", quoted.hint().orElseThrow());
  }
}
