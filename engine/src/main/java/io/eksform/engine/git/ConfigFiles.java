package io.eksform.engine.git;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells, cheaply and from the text alone, which files of a change may be ClusterConfigs: a YAML or
 * JSON file that names the eksctl apiVersion or the ClusterConfig kind. The validator decides the
 * rest (a typo in the kind is still picked up, so that it is reported).
 */
final class ConfigFiles {
  private static final Pattern MARKER =
      Pattern.compile(
          "eksctl\\.io/|[\"']?kind[\"']?\\s*:\\s*[\"']?clusterconfig", Pattern.CASE_INSENSITIVE);

  private ConfigFiles() {}

  static boolean candidatePath(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json");
  }

  static boolean looksLikeConfig(String text) {
    return MARKER.matcher(text).find();
  }
}
