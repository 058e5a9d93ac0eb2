package io.eksform.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.FileReport;
import io.eksform.engine.lint.LintReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walking a folder never leaves it and never reads what is not a regular file: a link to a secret
 * outside is named as skipped and nothing of it is printed; a FIFO or a device neither hangs the
 * run nor fills the memory.
 */
class FolderWalkTest {
  private static final String GOOD =
      "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: demo\n  region: us-west-2\n";
  private static final String SECRET = "AKIAIOSFODNN7EXAMPLE";

  @TempDir Path dir;

  private LintReport run(String... inputs) {
    return assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () ->
            new Validator(
                    LoadOptions.defaults(), new ByteArrayInputStream(new byte[0]), dir, List.of())
                .validate(List.of(inputs)));
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private static Diagnostic only(LintReport report, String file) {
    List<Diagnostic> found =
        report.diagnostics().stream().filter(d -> d.location().file().equals(file)).toList();
    assertEquals(1, found.size(), found.toString());
    return found.get(0);
  }

  private static void assertNothingOf(LintReport report, String secret) {
    for (FileReport f : report.files()) {
      assertTrue(f.sourceLines().stream().noneMatch(l -> l.contains(secret)), f.toString());
      for (Diagnostic d : f.diagnostics()) {
        assertFalse(d.toString().contains(secret), d.toString());
      }
    }
  }

  @Test
  void aLinkLeavingTheFolderIsSkippedWithAnInfoAndNeverRead() throws IOException {
    Path secret = write("home/.aws/credentials", "[default]\naws_access_key_id = " + SECRET + "\n");
    write("clusters/a.yaml", GOOD);
    Files.createSymbolicLink(dir.resolve("clusters/creds.yaml"), secret);
    LintReport report = run("clusters");
    Diagnostic d = only(report, "clusters/creds.yaml");
    assertEquals("input/skipped", d.ruleId());
    assertEquals("info", d.severity().word());
    assertTrue(d.message().contains("outside clusters"), d.message());
    assertEquals(1, report.checkedFiles());
    assertEquals(0, report.count(io.eksform.engine.lint.Severity.ERROR));
    assertNothingOf(report, SECRET);
  }

  @Test
  void aLinkedFolderOutsideIsNotWalked() throws IOException {
    write("elsewhere/x.yaml", "aws_access_key_id: " + SECRET + "\n");
    write("clusters/a.yaml", GOOD);
    Files.createSymbolicLink(dir.resolve("clusters/more"), dir.resolve("elsewhere"));
    LintReport report = run("clusters");
    assertEquals("input/skipped", only(report, "clusters/more").ruleId());
    assertNothingOf(report, SECRET);
  }

  @Test
  void aLinkThatStaysInsideIsRead() throws IOException {
    write("clusters/real/a.yaml", GOOD);
    Files.createSymbolicLink(
        dir.resolve("clusters/alias.yaml"), dir.resolve("clusters/real/a.yaml"));
    assertEquals(2, run("clusters").checkedFiles());
  }

  @Test
  void aFifoInTheFolderIsSkippedAndNamedOnTheCommandLineRefused() throws Exception {
    write("clusters/a.yaml", GOOD);
    Path fifo = dir.resolve("clusters/pipe.yaml");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    Assumptions.assumeTrue(mkfifo.waitFor() == 0, "no mkfifo on this system");
    assertEquals("input/skipped", only(run("clusters"), "clusters/pipe.yaml").ruleId());
    Diagnostic d = only(run("clusters/pipe.yaml"), "clusters/pipe.yaml");
    assertEquals("file/unreadable", d.ruleId());
    assertTrue(d.message().contains("not a regular file"), d.message());
  }

  @Test
  void aDeviceIsNeverRead() throws IOException {
    Path zero = Path.of("/dev/zero");
    Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero on this system");
    write("clusters/a.yaml", GOOD);
    Files.createSymbolicLink(dir.resolve("clusters/zero.yaml"), zero);
    assertEquals("input/skipped", only(run("clusters"), "clusters/zero.yaml").ruleId());
    Diagnostic d = only(run(zero.toString()), zero.toString());
    assertTrue(d.message().contains("not a regular file"), d.message());
  }

  @Test
  void aLoopOfLinksIsCalledALoop() throws IOException {
    Files.createSymbolicLink(dir.resolve("a.yaml"), dir.resolve("b.yaml"));
    Files.createSymbolicLink(dir.resolve("b.yaml"), dir.resolve("a.yaml"));
    Diagnostic d = only(run("a.yaml"), "a.yaml");
    assertTrue(d.message().contains("loop of symbolic links"), d.message());
    Files.createSymbolicLink(dir.resolve("dangling.yaml"), dir.resolve("gone.yaml"));
    Diagnostic dangling = only(run("dangling.yaml"), "dangling.yaml");
    assertTrue(dangling.message().contains("which does not exist"), dangling.message());
  }

  @Test
  void aFileOverTheLimitDoesNotClaimToKnowItsSize() throws IOException {
    write("big.yaml", GOOD + "# " + "x".repeat(5000) + "\n");
    Diagnostic d =
        new Validator(
                LoadOptions.defaults().withMaxFileBytes(1024),
                new ByteArrayInputStream(new byte[0]),
                dir,
                List.of())
            .validate(List.of("big.yaml"))
            .diagnostics()
            .get(0);
    assertEquals("file is larger than the limit of 1.0 KiB", d.message());
  }
}
