package io.eksform.cli.common;

import io.eksform.engine.policy.PolicyOptions;
import io.eksform.rego.ast.RegoVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The policy options every checking command takes: the user's Rego, data and packages. */
public final class PolicyFlags {
  @Option(
      names = "--policy",
      paramLabel = "DIR",
      description = "A folder (or file) of your own Rego policies; repeatable.")
  List<Path> policyDirs = new ArrayList<>();

  @Option(
      names = "--data",
      paramLabel = "FILE",
      description = "A JSON or YAML data document for the policies (data.<key>); repeatable.")
  List<Path> dataFiles = new ArrayList<>();

  @Option(
      names = "--namespace",
      paramLabel = "PACKAGE",
      description = "Package whose deny, violation and warn rules count (default: main).")
  List<String> namespaces = new ArrayList<>();

  @Option(names = "--all-namespaces", description = "Count deny/violation/warn of every package.")
  boolean allNamespaces;

  @Option(names = "--no-builtin", description = "Turn the built-in rule set off.")
  boolean noBuiltin;

  @Option(
      names = "--rego-version",
      paramLabel = "v0|v1",
      converter = RegoVersionConverter.class,
      description =
          "Rego syntax of your policies: v1 (OPA 1.x, default) or v0 (OPA 0.x, e.g. deny[msg] {"
              + " ... }); a file importing rego.v1 is always v1. Overrides regoVersion in"
              + " .eksform.yaml.")
  RegoVersion regoVersion;

  /**
   * These options as given, each after a space, for a command printed to run next: a saved plan is
   * current only under the same policies.
   */
  public String flags() {
    StringBuilder out = new StringBuilder();
    policyDirs.forEach(p -> out.append(" --policy ").append(ShellWords.quote(p.toString())));
    dataFiles.forEach(p -> out.append(" --data ").append(ShellWords.quote(p.toString())));
    namespaces.forEach(n -> out.append(" --namespace ").append(ShellWords.quote(n)));
    if (allNamespaces) {
      out.append(" --all-namespaces");
    }
    if (noBuiltin) {
      out.append(" --no-builtin");
    }
    if (regoVersion != null) {
      out.append(" --rego-version ").append(regoVersion.label());
    }
    return out.toString();
  }

  /** The options, relative paths taken from {@code workingDir}, with the limits given. */
  public PolicyOptions options(Path workingDir, Map<String, Object> limits) {
    return options(workingDir, limits, null);
  }

  /**
   * The options with the Rego version of the project file ({@code null}: not set) unless {@code
   * --rego-version} names one.
   */
  public PolicyOptions options(
      Path workingDir, Map<String, Object> limits, RegoVersion projectVersion) {
    return new PolicyOptions(
        !noBuiltin,
        policyDirs.stream().map(workingDir::resolve).toList(),
        dataFiles.stream().map(workingDir::resolve).toList(),
        namespaces,
        allNamespaces,
        limits,
        regoVersion != null ? regoVersion : projectVersion);
  }
}
