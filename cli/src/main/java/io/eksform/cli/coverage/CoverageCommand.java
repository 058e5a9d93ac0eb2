package io.eksform.cli.coverage;

import io.eksform.cli.common.ExitCodeLines;
import io.eksform.cli.common.UsageValues;
import io.eksform.engine.ledger.Disposition;
import io.eksform.engine.ledger.FieldLedger;
import io.eksform.engine.ledger.LedgerEntry;
import io.eksform.engine.report.coverage.CoverageFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code eksform coverage}: the field ledger, what eksform does with every ClusterConfig field. */
@Command(
    name = "coverage",
    mixinStandardHelpOptions = true,
    description = {
      "Print the field ledger: what a plan does with each field of a ClusterConfig.",
      "Each field is planned, create-only, validated-only or not managed yet, with the release"
          + " since which it is."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the ledger was printed", "2:usage error", ExitCodeLines.INTERNAL},
    footerHeading = "%nExamples:%n",
    footer = {
      "  eksform coverage --section managedNodeGroups",
      "  eksform coverage --disposition not-managed --format markdown"
    })
public final class CoverageCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-o", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: text, json, markdown (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--section",
      paramLabel = "NAME",
      description = "Only the fields under this top-level key, e.g. managedNodeGroups.")
  String section;

  @Option(
      names = "--disposition",
      paramLabel = "WORD",
      description =
          "Only fields with this disposition: planned, create-only, validated-only,"
              + " not-managed.")
  String disposition;

  @Override
  public Integer call() throws IOException {
    CoverageFormat coverageFormat = UsageValues.parse(spec, () -> CoverageFormat.parse(format));
    List<LedgerEntry> entries = FieldLedger.builtIn().entries();
    if (section != null) {
      List<String> sections = entries.stream().map(LedgerEntry::section).distinct().toList();
      if (!sections.contains(section)) {
        throw new ParameterException(
            spec.commandLine(),
            "unknown section '" + section + "': use one of " + String.join(", ", sections));
      }
      entries = entries.stream().filter(e -> e.section().equals(section)).toList();
    }
    if (disposition != null) {
      Disposition wanted = UsageValues.parse(spec, () -> Disposition.parse(disposition));
      entries = entries.stream().filter(e -> e.disposition() == wanted).toList();
    }
    PrintWriter out = spec.commandLine().getOut();
    coverageFormat.renderer().render(entries, out);
    out.flush();
    return 0;
  }
}
