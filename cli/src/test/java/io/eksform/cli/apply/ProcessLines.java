package io.eksform.cli.apply;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads a child eksform process's output line by line, to act on it at a given moment. */
final class ProcessLines {
  /** The line apply prints when the example's Fargate profile starts creating. */
  static final String PROFILE_CREATING = "fargate_profile.fargate-productcatalog: creating...";

  private ProcessLines() {}

  static BufferedReader of(Process process) {
    return new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Adds lines to {@code seen} up to and including {@code marker}, or to the end of output. */
  static void readUntil(BufferedReader out, String marker, List<String> seen) throws IOException {
    String line;
    while ((line = out.readLine()) != null) {
      seen.add(line);
      if (line.equals(marker)) {
        return;
      }
    }
  }
}
