package io.eksform.engine.policy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the user chose for policies: whether the built-in rule set runs, their own policy folders
 * and data files, which packages' {@code deny}/{@code violation}/{@code warn} rules count ({@code
 * main} unless named, or all), and overrides of the built-in limits.
 */
public record PolicyOptions(
    boolean builtin,
    List<Path> policyDirs,
    List<Path> dataFiles,
    List<String> namespaces,
    boolean allNamespaces,
    Map<String, Object> limits) {
  public PolicyOptions {
    policyDirs = List.copyOf(policyDirs);
    dataFiles = List.copyOf(dataFiles);
    namespaces = namespaces.isEmpty() ? List.of("main") : List.copyOf(namespaces);
    limits = Map.copyOf(limits);
  }

  /** The built-in rule set alone, with its default limits. */
  public static PolicyOptions builtinOnly() {
    return new PolicyOptions(true, List.of(), List.of(), List.of(), false, Map.of());
  }

  public PolicyOptions withLimits(Map<String, Object> overrides) {
    return new PolicyOptions(builtin, policyDirs, dataFiles, namespaces, allNamespaces, overrides);
  }
}
