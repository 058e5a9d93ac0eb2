package io.eksform.cli.common;

import picocli.CommandLine;

/** Reports the version recorded in the jar manifest, or "dev" when run from classes. */
public final class VersionProvider implements CommandLine.IVersionProvider {
  /** The tool version: the jar's Implementation-Version, or "dev". */
  public static String version() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"eksform " + version()};
  }
}
