package io.eksform.cli.common;

import io.eksform.rego.ast.RegoVersion;
import picocli.CommandLine.Option;

/** {@code --rego-version} for the commands that read Rego files directly, without a project. */
public final class RegoVersionOption {
  @Option(
      names = "--rego-version",
      paramLabel = "v0|v1",
      converter = RegoVersionConverter.class,
      description =
          "Rego syntax of the policies: v1 (OPA 1.x, default) or v0 (OPA 0.x); a file importing"
              + " rego.v1 is always v1.")
  RegoVersion version = RegoVersion.V1;

  /** The version asked for, v1 when none was. */
  public RegoVersion version() {
    return version;
  }
}
