package io.eksform.engine.config;

import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.Severity;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Decides what a YAML document is: an eksctl ClusterConfig (apiVersion {@code eksctl.io/v1alpha5},
 * kind {@code ClusterConfig}), an eksctl document eksform cannot read (old apiVersion, another
 * kind: an error with a hint), another tool's YAML (skipped), or empty.
 */
public enum DocumentKind {
  CLUSTER_CONFIG,
  UNSUPPORTED_ESKCTL,
  OTHER_TOOL,
  EMPTY;

  public static final String API_VERSION = "eksctl.io/v1alpha5";
  public static final String KIND = "ClusterConfig";

  /** The kind of {@code doc}, with the finding that explains it when it is not a ClusterConfig. */
  public record Verdict(DocumentKind kind, Optional<Diagnostic> finding) {}

  public static Verdict classify(YamlDocument doc, String file) {
    JsonNode root = doc.root();
    if (root == null || root.isNull() || root.isMissingNode()) {
      return new Verdict(EMPTY, Optional.empty());
    }
    SourceMap map = doc.sourceMap();
    if (!root.isObject()) {
      return other(
          file, map, "document is a YAML " + root.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    String apiVersion = root.path("apiVersion").isString() ? root.get("apiVersion").asString() : "";
    String kind = root.path("kind").isString() ? root.get("kind").asString() : "";
    boolean eksctl = apiVersion.startsWith("eksctl.io/");
    if (!eksctl && !KIND.equalsIgnoreCase(kind)) {
      String what =
          apiVersion.isEmpty() && kind.isEmpty()
              ? "document has no apiVersion or kind"
              : "document is " + (kind.isEmpty() ? "a" : kind) + " (" + apiVersion + ")";
      return other(file, map, what);
    }
    if (KIND.equals(kind) && (API_VERSION.equals(apiVersion) || apiVersion.isEmpty())) {
      return new Verdict(CLUSTER_CONFIG, Optional.empty());
    }
    if (!KIND.equals(kind)) {
      Position pos = map.valuePosition("/kind");
      String message =
          kind.isEmpty()
              ? "eksctl document has no kind"
              : "kind '" + kind + "' is not a kind eksform reads";
      Diagnostic d =
          InputProblem.at("config/kind", Severity.ERROR, file, pos, "/kind", message)
              .withHint(
                  KIND.equalsIgnoreCase(kind)
                      ? "did you mean 'ClusterConfig'? kinds are case-sensitive"
                      : "eksform reads 'kind: ClusterConfig' documents");
      return new Verdict(UNSUPPORTED_ESKCTL, Optional.of(d));
    }
    Position pos = map.valuePosition("/apiVersion");
    Diagnostic d =
        InputProblem.at(
                "config/api-version",
                Severity.ERROR,
                file,
                pos,
                "/apiVersion",
                "apiVersion '"
                    + apiVersion
                    + "' is not supported; eksctl only reads "
                    + API_VERSION)
            .withHint(
                "change it to 'apiVersion: "
                    + API_VERSION
                    + "' and fix the fields the schema then reports");
    return new Verdict(UNSUPPORTED_ESKCTL, Optional.of(d));
  }

  private static Verdict other(String file, SourceMap map, String what) {
    Diagnostic d =
        InputProblem.at(
            "config/not-cluster-config",
            Severity.INFO,
            file,
            map.valuePosition(""),
            "",
            what + ", not an eksctl ClusterConfig; skipped");
    return new Verdict(OTHER_TOOL, Optional.of(d));
  }
}
