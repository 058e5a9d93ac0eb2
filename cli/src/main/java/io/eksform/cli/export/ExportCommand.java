package io.eksform.cli.export;

import io.eksform.cli.common.AwsOptions;
import io.eksform.cli.common.ExitCodeLines;
import io.eksform.cli.common.UserError;
import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.export.ConfigExporter;
import io.eksform.engine.live.LiveReader;
import io.eksform.engine.live.LiveState;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** {@code eksform export}: a ClusterConfig written from a live cluster, to adopt it. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write a ClusterConfig from a live EKS cluster; a plan of it changes nothing.",
      "It holds the version, logging, endpoint access, OIDC provider, Fargate profiles, managed"
          + " node groups, add-ons and the IRSA service accounts eksform manages."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the config was written",
      "1:error (no such cluster, AWS unreachable, the file cannot be written)",
      "2:usage error",
      ExitCodeLines.INTERNAL
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eksform export --cluster shop --region eu-west-1 --out shop.yaml",
      "  eksform export --cluster eksworkshop-eksctl --region us-west-2 --sandbox"
    })
public final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin AwsOptions aws;

  @Option(names = "--cluster", required = true, paramLabel = "NAME", description = "The cluster.")
  String cluster;

  @Option(
      names = "--region",
      paramLabel = "REGION",
      description = "Its region (default: AWS_REGION).")
  String region;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the ClusterConfig to FILE instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    String where = region != null ? region : System.getenv("AWS_REGION");
    if (where == null || where.isBlank()) {
      throw new UserError("no region given", "pass --region (or set AWS_REGION)", 2);
    }
    PrintWriter err = spec.commandLine().getErr();
    Path workingDir = Path.of("").toAbsolutePath();
    ClusterSpec wanted = ClusterSpec.named(cluster, where);
    LiveState live;
    try (AwsOptions target = aws;
        AwsClients clients = new AwsClients(target.target(where, workingDir, err))) {
      live = new LiveReader(clients, 20).read(wanted);
    }
    String yaml =
        "# ClusterConfig exported by eksform from cluster "
            + cluster
            + " in "
            + where
            + " (account "
            + live.accountId()
            + ").\n"
            + YAMLMapper.builder()
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
                .build()
                .writeValueAsString(ConfigExporter.export(live));
    if (out == null) {
      PrintWriter w = spec.commandLine().getOut();
      w.print(yaml);
      w.flush();
    } else {
      Files.writeString(workingDir.resolve(out), yaml);
      err.println("eksform: wrote " + out + "; check it with: eksform plan -f " + out);
      err.flush();
    }
    return 0;
  }
}
