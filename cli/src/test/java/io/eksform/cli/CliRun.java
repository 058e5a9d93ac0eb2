package io.eksform.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the eksform command line in-process and captures what it prints. */
public record CliRun(int exitCode, String out, String err) {

  public static CliRun of(String... args) {
    CommandLine cli = EksformCommand.commandLine(args);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** The repository root, where examples/ lives. */
  public static Path projectDir() {
    String configured = System.getProperty("eksform.project.dir");
    return configured != null ? Path.of(configured) : Path.of("..").toAbsolutePath().normalize();
  }
}
