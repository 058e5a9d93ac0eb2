package io.eksform.cli.schema;

import io.eksform.cli.common.ExitCodeLines;
import io.eksform.cli.common.UserError;
import io.eksform.engine.schema.ClusterConfigSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eksform schema}: prints or writes the ClusterConfig JSON Schema for editors and CI. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Print eksform's JSON Schema for eksctl.io/v1alpha5 ClusterConfig files.",
      "Point your editor at it with a first line such as:",
      "  # yaml-language-server: $schema=./clusterconfig.schema.json"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the schema was written",
      "1:the output file cannot be written",
      "2:usage error",
      ExitCodeLines.INTERNAL
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eksform schema --out clusterconfig.schema.json",
      "  eksform schema | jq .properties.metadata"
    })
public final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the schema to FILE instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    String text;
    try (InputStream in = ClusterConfigSchema.open()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (out == null) {
      PrintWriter w = spec.commandLine().getOut();
      w.print(text);
      w.flush();
      return 0;
    }
    try {
      Files.writeString(out, text);
    } catch (IOException e) {
      throw new UserError("cannot write " + out + ": " + e.getMessage(), "check the folder exists");
    }
    spec.commandLine().getErr().println("wrote " + out);
    return 0;
  }
}
