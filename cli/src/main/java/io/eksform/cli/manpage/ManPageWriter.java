package io.eksform.cli.manpage;

import io.eksform.cli.EksformCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@code eksform.1} into the folder given as the only argument (run by the build). */
public final class ManPageWriter {
  private ManPageWriter() {}

  /** Arguments: the output folder, the version, the date (YYYY-MM-DD) printed in the page. */
  public static void main(String[] args) throws IOException {
    Path folder = Files.createDirectories(Path.of(args[0]));
    String page = ManPage.of(EksformCommand.commandLine(), args[1], args[2]);
    Files.writeString(folder.resolve("eksform.1"), page, StandardCharsets.UTF_8);
  }
}
