package io.eksform.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.FileReport;
import io.eksform.engine.lint.LintReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets a clear finding at its place, and the run goes on with the other files. */
class BadInputTest {
  private static final String GOOD =
      "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: demo\n  region: us-west-2\n";

  @TempDir Path dir;

  private LintReport run(LoadOptions options, String... inputs) {
    return new Validator(options, new ByteArrayInputStream(new byte[0]), dir, List.of())
        .validate(List.of(inputs));
  }

  private LintReport run(String... inputs) {
    return run(LoadOptions.defaults(), inputs);
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

  @Test
  void binaryFileIsRefusedAndTheOthersAreStillChecked() throws IOException {
    Files.write(dir.resolve("blob.yaml"), new byte[] {1, 2, 0, 3});
    write("good.yaml", GOOD);
    LintReport report = run("blob.yaml", "good.yaml");
    assertEquals("file/binary", only(report, "blob.yaml").ruleId());
    assertEquals(FileReport.Status.FAILED, report.files().get(0).status());
    assertEquals(FileReport.Status.CHECKED, report.files().get(1).status());
    assertTrue(report.files().get(1).diagnostics().isEmpty());
  }

  @Test
  void nonUtf8FileNamesTheLineOfTheBadByte() throws IOException {
    byte[] text = (GOOD + "  tags:\n    owner: caf").getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[text.length + 1];
    System.arraycopy(text, 0, bad, 0, text.length);
    bad[text.length] = (byte) 0xE9;
    Files.write(dir.resolve("latin1.yaml"), bad);
    Diagnostic d = only(run("latin1.yaml"), "latin1.yaml");
    assertEquals("file/encoding", d.ruleId());
    assertEquals(7, d.location().line());
  }

  @Test
  void fileOverTheSizeLimitIsRefused() throws IOException {
    write("big.yaml", GOOD + "# " + "x".repeat(5000) + "\n");
    Diagnostic d = only(run(LoadOptions.defaults().withMaxFileBytes(1024), "big.yaml"), "big.yaml");
    assertEquals("file/too-large", d.ruleId());
    assertTrue(d.hint().orElseThrow().contains("--max-file-size"));
  }

  @Test
  void emptyFileIsAnError() throws IOException {
    write("empty.yaml", "\n\n");
    assertEquals("file/empty", only(run("empty.yaml"), "empty.yaml").ruleId());
  }

  @Test
  void directoryWithoutConfigsIsAnError() throws IOException {
    Files.createDirectories(dir.resolve("nothing"));
    write("nothing/readme.txt", "hello");
    assertEquals("input/no-configs", only(run("nothing"), "nothing").ruleId());
  }

  @Test
  void missingFileIsAnError() {
    assertEquals("file/unreadable", only(run("nope.yaml"), "nope.yaml").ruleId());
  }

  @Test
  void unreadableFileIsAnError() throws IOException {
    Path p = write("secret.yaml", GOOD);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
    org.junit.jupiter.api.Assumptions.assumeFalse(
        Files.isReadable(p), "running as a user who can read any file (root): not testable here");
    assertEquals("file/unreadable", only(run("secret.yaml"), "secret.yaml").ruleId());
  }

  @Test
  void fileThatFailsToReadIsAnError() {
    Path mem = Path.of("/proc/self/mem");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.exists(mem), "no /proc/self/mem on this system to stand for an unreadable file");
    Diagnostic d = only(run(mem.toString()), mem.toString());
    assertEquals("file/unreadable", d.ruleId());
    assertTrue(d.message().startsWith("cannot read file"), d.message());
  }

  @Test
  void directoriesAreSearchedRecursivelyAndOtherToolsYamlIsSkipped() throws IOException {
    write("clusters/a.yaml", GOOD);
    write("clusters/prod/b.yml", GOOD.replace("demo", "prod"));
    write(
        "clusters/prod/c.json",
        "{\"apiVersion\":\"eksctl.io/v1alpha5\",\"kind\":\"ClusterConfig\","
            + "\"metadata\":{\"name\":\"j\",\"region\":\"us-east-1\"}}");
    write(
        "clusters/k8s/deploy.yaml",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n");
    LintReport report = run("clusters");
    assertEquals(4, report.files().size());
    assertEquals(3, report.checkedFiles());
    assertTrue(report.diagnostics().stream().allMatch(d -> d.severity().word().equals("info")));
    assertEquals("config/not-cluster-config", only(report, "clusters/k8s/deploy.yaml").ruleId());
  }

  @Test
  void typoInKindGetsAHint() throws IOException {
    write("k.yaml", GOOD.replace("kind: ClusterConfig", "kind: Clusterconfig"));
    Diagnostic d = only(run("k.yaml"), "k.yaml");
    assertEquals("config/kind", d.ruleId());
    assertEquals(2, d.location().line());
    assertTrue(d.hint().orElseThrow().contains("ClusterConfig"));
  }

  @Test
  void oldApiVersionIsAnErrorWithAHint() throws IOException {
    write("old.yaml", GOOD.replace("v1alpha5", "v1alpha3"));
    Diagnostic d = only(run("old.yaml"), "old.yaml");
    assertEquals("config/api-version", d.ruleId());
    assertTrue(d.hint().orElseThrow().contains("v1alpha5"));
  }

  @Test
  void unknownFieldSuggestsTheNearestName() throws IOException {
    write(
        "fp.yaml",
        GOOD + "fargateProfiles:\n  - name: fp\n    selector:\n      - namespace: apps\n");
    List<Diagnostic> found = run("fp.yaml").diagnostics();
    Diagnostic unknown =
        found.stream()
            .filter(d -> d.ruleId().equals("schema/unknown-field"))
            .findFirst()
            .orElseThrow();
    assertEquals(8, unknown.location().line());
    assertEquals(5, unknown.location().column());
    assertEquals("did you mean 'selectors'?", unknown.hint().orElseThrow());
  }

  @Test
  void unquotedVersionIsATypeErrorWithAQuotingHint() throws IOException {
    write("v.yaml", GOOD + "  version: 1.30\n");
    Diagnostic d = only(run("v.yaml"), "v.yaml");
    assertEquals("schema/type", d.ruleId());
    assertEquals(6, d.location().line());
    assertEquals("quote it: \"1.30\"", d.hint().orElseThrow());
  }

  @Test
  void wordsWhereANumberBelongsGetAHintAboutDigitsNotQuotes() throws IOException {
    String groups = "managedNodeGroups:\n  - name: ng\n    desiredCapacity: ";
    write("words.yaml", GOOD + groups + "two\n");
    write("quoted.yaml", GOOD + groups + "\"2\"\n");
    LintReport report = run("words.yaml", "quoted.yaml");
    Diagnostic words =
        report.diagnostics().stream()
            .filter(
                d -> d.location().file().equals("words.yaml") && d.ruleId().equals("schema/type"))
            .findFirst()
            .orElseThrow();
    assertEquals("write a whole number in digits, e.g. 2, not 'two'", words.hint().orElseThrow());
    Diagnostic quoted =
        report.diagnostics().stream()
            .filter(
                d -> d.location().file().equals("quoted.yaml") && d.ruleId().equals("schema/type"))
            .findFirst()
            .orElseThrow();
    assertEquals("remove the quotes around 2", quoted.hint().orElseThrow());
  }

  @Test
  void unexpandedVariableIsAnErrorSuggestingExpandEnv() throws IOException {
    write("env.yaml", GOOD.replace("region: us-west-2", "region: ${AWS_REGION}"));
    Diagnostic d =
        run("env.yaml").diagnostics().stream()
            .filter(x -> x.ruleId().equals("config/unexpanded-variable"))
            .findFirst()
            .orElseThrow();
    assertEquals(5, d.location().line());
    assertEquals(11, d.location().column());
    assertTrue(d.hint().orElseThrow().contains("--expand-env"));
  }

  @Test
  void aValueHoldingAReferenceIsNotJudgedAgainstTheSchema() throws IOException {
    // metadata.name has a pattern that '${CLUSTER}' breaks: only the variable finding is reported.
    write("env.yaml", GOOD.replace("name: demo", "name: ${CLUSTER}"));
    Diagnostic d = only(run("env.yaml"), "env.yaml");
    assertEquals("config/unexpanded-variable", d.ruleId());
    LintReport unset = run(LoadOptions.defaults().withExpandEnv(true, Map.of()), "env.yaml");
    assertEquals("config/unset-variable", only(unset, "env.yaml").ruleId());
  }

  @Test
  void expandEnvFillsVariablesAndNamesUnsetOnes() throws IOException {
    write(
        "env.yaml",
        GOOD.replace("region: us-west-2", "region: ${AWS_REGION}")
            + "managedNodeGroups:\n  - name: ng\n    desiredCapacity: ${NODES}\n    instanceType: ${TYPE}\n");
    LoadOptions expand =
        LoadOptions.defaults().withExpandEnv(true, Map.of("AWS_REGION", "us-west-2", "NODES", "3"));
    LintReport report = run(expand, "env.yaml");
    Diagnostic d = only(report, "env.yaml");
    assertEquals("config/unset-variable", d.ruleId());
    assertTrue(d.message().contains("TYPE"), d.message());
    assertEquals(9, d.location().line());
  }

  @Test
  void aVariableSetButEmptyIsNamedNotBlamedOnTheConfig() throws IOException {
    write("env.yaml", GOOD.replace("region: us-west-2", "region: ${REGION}"));
    LintReport report =
        run(LoadOptions.defaults().withExpandEnv(true, Map.of("REGION", "")), "env.yaml");
    Diagnostic d = only(report, "env.yaml");
    assertEquals("config/unset-variable", d.ruleId());
    assertEquals(
        "environment variable REGION is set but empty, so metadata.region would be empty",
        d.message());
    assertEquals(5, d.location().line());
  }

  @Test
  void shellScriptsKeepTheirVariables() throws IOException {
    write(
        "sh.yaml",
        GOOD
            + "nodeGroups:\n  - name: ng\n    preBootstrapCommands:\n      - \"echo ${HOME}\"\n"
            + "    overrideBootstrapCommand: |\n      /etc/eks/bootstrap.sh x --kubelet-extra-args \"${ARGS}\"\n");
    assertTrue(run("sh.yaml").diagnostics().isEmpty());
  }

  @Test
  void stdinIsRead() {
    LintReport report =
        new Validator(
                LoadOptions.defaults(),
                new ByteArrayInputStream(GOOD.getBytes(StandardCharsets.UTF_8)),
                dir,
                List.of())
            .validate(List.of("-"));
    assertEquals(1, report.checkedFiles());
    assertTrue(report.diagnostics().isEmpty());
  }

  @Test
  void duplicateKeysAndSyntaxErrorsInOneRunKeepTheirPlaces() throws IOException {
    write("dup.yaml", GOOD + "metadata:\n  name: again\n");
    write("broken.yaml", "apiVersion: eksctl.io/v1alpha5\nkind: [ClusterConfig\n");
    LintReport report = run("dup.yaml", "broken.yaml");
    Diagnostic dup = only(report, "dup.yaml");
    assertEquals("yaml/duplicate-key", dup.ruleId());
    assertEquals(6, dup.location().line());
    assertEquals("yaml/syntax", only(report, "broken.yaml").ruleId());
  }
}
