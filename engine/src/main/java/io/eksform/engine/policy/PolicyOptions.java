package io.eksform.engine.policy;

import io.eksform.rego.ast.RegoVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the user chose for policies: whether the built-in rule set runs, their own policy folders
 * and data files, which packages' {@code deny}/{@code violation}/{@code warn} rules count ({@code
 * main} unless named, or all), overrides of the built-in limits, and the Rego version the user's
 * policies are read with (the built-in ones are always v1).
 */
public record PolicyOptions(
    boolean builtin,
    List<Path> policyDirs,
    List<Path> dataFiles,
    List<String> namespaces,
    boolean allNamespaces,
    Map<String, Object> limits,
    RegoVersion regoVersion) {
  public PolicyOptions {
    regoVersion = regoVersion == null ? RegoVersion.V1 : regoVersion;
    policyDirs = List.copyOf(policyDirs);
    dataFiles = List.copyOf(dataFiles);
    namespaces = namespaces.isEmpty() ? List.of("main") : List.copyOf(namespaces);
    limits = Map.copyOf(limits);
  }

  /** Options whose policies are Rego v1. */
  public PolicyOptions(
      boolean builtin,
      List<Path> policyDirs,
      List<Path> dataFiles,
      List<String> namespaces,
      boolean allNamespaces,
      Map<String, Object> limits) {
    this(builtin, policyDirs, dataFiles, namespaces, allNamespaces, limits, RegoVersion.V1);
  }

  /** The built-in rule set alone, with its default limits. */
  public static PolicyOptions builtinOnly() {
    return new PolicyOptions(true, List.of(), List.of(), List.of(), false, Map.of());
  }

  /** The same options with the built-in rule set off. */
  public PolicyOptions withoutBuiltin() {
    return new PolicyOptions(
        false, policyDirs, dataFiles, namespaces, allNamespaces, limits, regoVersion);
  }

  public PolicyOptions withLimits(Map<String, Object> overrides) {
    return new PolicyOptions(
        builtin, policyDirs, dataFiles, namespaces, allNamespaces, overrides, regoVersion);
  }
}
