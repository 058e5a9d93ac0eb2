package io.eksform.engine.report.lint;

import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.FileReport;
import io.eksform.engine.lint.FileReport.Status;
import io.eksform.engine.lint.LintReport;
import io.eksform.engine.lint.Location;
import io.eksform.engine.lint.Rules;
import io.eksform.engine.lint.Severity;
import io.eksform.engine.lint.Suppression;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The fixed lint reports the golden tests render; each name is a folder under report/. */
final class ReportCases {
  static final String VERSION = "0.0.0-test";

  private ReportCases() {}

  static Map<String, LintReport> all() {
    Map<String, LintReport> cases = new TreeMap<>();
    cases.put("clean", clean());
    cases.put("findings", findings());
    cases.put("file-level", fileLevel());
    cases.put("skipped", skipped());
    cases.put("failed-binary", failedBinary());
    cases.put("escaping", escaping());
    cases.put("suppressed", suppressed());
    return cases;
  }

  static LintReport clean() {
    return new LintReport(
        List.of(checked("examples/prodcatalog/clusterconfig.yaml", PROD_SOURCE, List.of())));
  }

  static LintReport findings() {
    String dev = "clusters/dev.yaml";
    List<Diagnostic> devFindings =
        List.of(
            // Given out of order on purpose: every format must sort them.
            error(
                    dev,
                    12,
                    5,
                    "/fargateProfiles/0/selector",
                    Rules.SCHEMA_UNKNOWN_FIELD,
                    "unknown field 'selector' in a Fargate profile")
                .withHint("did you mean 'selectors'?"),
            error(
                    dev,
                    5,
                    12,
                    "/metadata/version",
                    Rules.SCHEMA_TYPE,
                    "'version' must be a string, found the number 1.3")
                .withHint("quote it: version: \"1.30\""),
            new Diagnostic(
                Rules.CONFIG_UNEXPANDED_VARIABLE,
                Severity.WARNING,
                "value still contains ${REGION}",
                new Location(dev, 4, 11, "/metadata/region"),
                java.util.Optional.of("run with --expand-env to expand it from the environment")),
            Diagnostic.of(
                Rules.SCHEMA_REQUIRED,
                Severity.ERROR,
                "fargateProfiles[0] has no 'name'",
                new Location(dev, 11, 5, "/fargateProfiles/0")),
            Diagnostic.of(
                "fargate/default-namespace",
                Severity.INFO,
                "selector on namespace 'default'",
                new Location(dev, 14, 20, "/fargateProfiles/0/selector/0/namespace")));
    FileReport devReport = checked(dev, DEV_SOURCE, devFindings);
    FileReport other =
        checked(
            "clusters/a-first.yaml",
            List.of(
                "apiVersion: eksctl.io/v1alpha5", "kind: ClusterConfig", "metadata:", "  nme: a"),
            List.of(
                error(
                        "clusters/a-first.yaml",
                        4,
                        3,
                        "/metadata/nme",
                        Rules.SCHEMA_UNKNOWN_FIELD,
                        "unknown field 'nme' in metadata")
                    .withHint("did you mean 'name'?")));
    return new LintReport(List.of(devReport, other));
  }

  /** One counted finding, and two suppressed ones: inline and by a baseline. */
  static LintReport suppressed() {
    String file = "clusters/prod.yaml";
    List<String> source =
        List.of(
            "apiVersion: eksctl.io/v1alpha5",
            "kind: ClusterConfig",
            "metadata:",
            "  name: prod",
            "  region: us-west-2",
            "fargateProfiles:",
            "  - name: fp",
            "    selectors:",
            "      # eksform:ignore fargate/default-namespace batch jobs until=2099-01-01",
            "      - namespace: default",
            "      - namespace: kube-system");
    Diagnostic counted =
        Diagnostic.of(
            "fargate/overlapping-selectors",
            Severity.WARNING,
            "selectors overlap",
            new Location(file, 11, 9, "/fargateProfiles/0/selectors/1"));
    Diagnostic inline =
        Diagnostic.of(
            "fargate/default-namespace",
            Severity.WARNING,
            "selects the default namespace",
            new Location(file, 10, 9, "/fargateProfiles/0/selectors/0/namespace"));
    Diagnostic baselined =
        Diagnostic.of(
            "fargate/kube-system-namespace",
            Severity.INFO,
            "selects all of kube-system",
            new Location(file, 11, 9, "/fargateProfiles/0/selectors/1/namespace"));
    return new LintReport(
        List.of(
            new FileReport(
                file,
                Status.CHECKED,
                source,
                List.of(counted),
                List.of(
                    new Suppression(baselined, Suppression.Kind.BASELINE, "in the baseline"),
                    new Suppression(
                        inline,
                        Suppression.Kind.INLINE,
                        "batch jobs",
                        java.util.Optional.of(java.time.LocalDate.of(2027, 3, 31)))))));
  }

  static LintReport fileLevel() {
    return new LintReport(
        List.of(
            checked(
                "clusters/empty.yaml",
                List.of(),
                List.of(
                    Diagnostic.of(
                            Rules.FILE_EMPTY,
                            Severity.ERROR,
                            "the file holds no YAML document",
                            Location.ofFile("clusters/empty.yaml"))
                        .withHint("remove the file or add a ClusterConfig")))));
  }

  static LintReport skipped() {
    String manifest = "clusters/deployment.yaml";
    return new LintReport(
        List.of(
            new FileReport(
                manifest,
                Status.SKIPPED,
                List.of("apiVersion: apps/v1", "kind: Deployment"),
                List.of(
                    Diagnostic.of(
                        Rules.CONFIG_NOT_CLUSTER_CONFIG,
                        Severity.INFO,
                        "not an eksctl ClusterConfig (apps/v1 Deployment): skipped",
                        new Location(manifest, 2, 7, "/kind")))),
            new FileReport(
                "clusters/values.yaml", Status.SKIPPED, List.of("replicas: 3"), List.of()),
            checked("examples/prodcatalog/clusterconfig.yaml", PROD_SOURCE, List.of())));
  }

  static LintReport failedBinary() {
    String file = "clusters/logo.png.yaml";
    return new LintReport(
        List.of(
            new FileReport(
                file,
                Status.FAILED,
                List.of(),
                List.of(
                    Diagnostic.of(
                            Rules.FILE_BINARY,
                            Severity.ERROR,
                            "the file holds binary data (a NUL byte at offset 8)",
                            Location.ofFile(file))
                        .withHint("only YAML and JSON text files can be checked"))),
            checked("examples/prodcatalog/clusterconfig.yaml", PROD_SOURCE, List.of())));
  }

  static LintReport escaping() {
    String file = "odd dir/a,b:c%d é.yaml";
    List<String> source =
        List.of(
            "apiVersion: eksctl.io/v1alpha5",
            "kind: ClusterConfig",
            "metadata:",
            "\tname: \"<a & 'b'> \u001b[31m]]>\"",
            "  tags: {\"50%\": \"x,y:z\"}");
    return new LintReport(
        List.of(
            checked(
                file,
                source,
                List.of(
                    error(
                            file,
                            4,
                            8,
                            "/metadata/name",
                            Rules.SCHEMA_PATTERN,
                            "name \"<a & 'b'> \u001b[31m]]>\" has characters other than"
                                + " [a-zA-Z0-9-]")
                        .withHint("use letters, digits and '-': 100% safe,\r\nnot \"]]>\""),
                    new Diagnostic(
                        "custom/tags:50%,x",
                        Severity.WARNING,
                        "tag key '50%' holds '%', ':' and ',': a,b:c\nsecond line",
                        new Location(file, 5, 10, "/metadata/tags/50%"),
                        java.util.Optional.empty())))));
  }

  private static FileReport checked(String file, List<String> source, List<Diagnostic> found) {
    return new FileReport(file, Status.CHECKED, source, found);
  }

  private static Diagnostic error(
      String file, int line, int column, String pointer, String rule, String message) {
    return Diagnostic.of(rule, Severity.ERROR, message, new Location(file, line, column, pointer));
  }

  private static final List<String> PROD_SOURCE =
      List.of(
          "apiVersion: eksctl.io/v1alpha5",
          "kind: ClusterConfig",
          "metadata:",
          "  name: eksworkshop-eksctl",
          "  region: us-west-2");

  private static final List<String> DEV_SOURCE =
      List.of(
          "apiVersion: eksctl.io/v1alpha5",
          "kind: ClusterConfig",
          "metadata:",
          "  region: ${REGION}",
          "  version: 1.30",
          "  name: dev",
          "iam:",
          "  withOIDC: true",
          "",
          "fargateProfiles:",
          "  - podExecutionRoleARN: arn:aws:iam::123456789012:role/fp",
          "    selector:",
          "      - labels: {app: web}",
          "      - namespace: default");
}
