package io.eksform.cli.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Reports the version recorded in the jar manifest (or "dev" when run from classes) and the commit
 * the build was made from.
 */
public final class VersionProvider implements CommandLine.IVersionProvider {
  /** Written at build time by {@code git rev-parse}; holds an error message outside a git tree. */
  private static final String COMMIT_RESOURCE = "/io/eksform/cli/build-commit";

  /** The tool version: the jar's Implementation-Version, or "dev". */
  public static String version() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  /** The commit the build was made from, or "unknown" when built outside a git repository. */
  public static String commit() {
    try (InputStream in = VersionProvider.class.getResourceAsStream(COMMIT_RESOURCE)) {
      if (in == null) {
        return "unknown";
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
      return text.matches("[0-9a-f]{7,40}") ? text : "unknown";
    } catch (IOException e) {
      return "unknown";
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"eksform " + version() + " (commit " + commit() + ")"};
  }
}
