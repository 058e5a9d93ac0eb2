package io.eksform.cli.sandbox;

import io.eksform.cli.common.ExitCodeLines;
import io.eksform.cli.common.UserError;
import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.SandboxOptions;
import io.eksform.sandbox.http.FaultRule;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eksform sandbox serve}: serves the sandbox until stopped and prints how to use it. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve a local AWS account (EKS, EC2, IAM, STS, DynamoDB and a Kubernetes API per cluster) on one port.",
      "Any AWS client works against it once the printed environment is exported (or, for the AWS"
          + " CLI before 2.13, with the printed --endpoint-url or ~/.aws/config profile). Stop with"
          + " Ctrl-C."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:stopped with Ctrl-C",
      "1:the port is taken or the state file unusable",
      "2:usage error",
      ExitCodeLines.INTERNAL
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eksform sandbox serve --state sandbox.json",
      "  eksform sandbox serve --fault DescribeCluster:throttle=0.2"
    })
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "4750",
      description = "Port to listen on (0 = any free port; default ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDR",
      defaultValue = "127.0.0.1",
      description =
          "Address to bind (default ${DEFAULT-VALUE}; 0.0.0.0 exposes it to the network).")
  String bind;

  @Option(
      names = "--scenario",
      paramLabel = "NAME",
      defaultValue = "eksworkshop",
      description =
          "Built-in scenario (empty, eksworkshop, eksworkshop-eksctl-done, eksctl-created) or a YAML"
              + " scenario file (default ${DEFAULT-VALUE}).")
  String scenario;

  @Option(
      names = "--state",
      paramLabel = "FILE",
      description =
          "JSON file that keeps the account across restarts; when it exists, it wins over --scenario.")
  Path state;

  @Option(
      names = "--time-scale",
      paramLabel = "X",
      description =
          "Multiply AWS's transition times by X (default 0.02: a Fargate profile is ACTIVE after about 2 s).")
  Double timeScale;

  @Option(names = "--realistic", description = "Take as long as AWS does (same as --time-scale 1).")
  boolean realistic;

  @Option(
      names = "--request-log",
      paramLabel = "FILE",
      description = "Append one JSON line per request to FILE.")
  Path requestLog;

  @Option(
      names = "--fault",
      paramLabel = "RULE",
      description =
          "Inject a fault, e.g. DescribeFargateProfile:latency=50ms,throttle=0.1,error=0.05,failNth=3 (repeatable; '*' for every operation).")
  List<String> faults = new ArrayList<>();

  @Override
  public Integer call() throws InterruptedException {
    if (realistic && timeScale != null) {
      throw new UserError(
          "--realistic and --time-scale contradict each other", "use one of them", 2);
    }
    double scale = realistic ? 1 : timeScale == null ? SandboxOptions.DEMO_TIME_SCALE : timeScale;
    Sandbox sandbox = start(options(scale));
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "eksform sandbox: account "
            + sandbox.accountId()
            + " serving EKS, EC2, IAM, STS, DynamoDB at "
            + sandbox.endpoint());
    out.println(
        "scenario "
            + scenario
            + (state == null ? " (in memory only)" : ", state in " + state)
            + String.format(", started in %.0f ms", sandbox.startupMillis()));
    ServeInstructions.write(sandbox.endpoint().toString(), sandbox.environment(), out);
    out.println("Stop with Ctrl-C.");
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  sandbox.close();
                  stopped.countDown();
                },
                "sandbox-stop"));
    stopped.await();
    return 0;
  }

  private SandboxOptions options(double scale) {
    List<FaultRule> rules = new ArrayList<>();
    try {
      for (String fault : faults) {
        rules.add(FaultRule.parse(fault));
      }
      SandboxOptions options =
          SandboxOptions.defaults()
              .withPort(port)
              .withBindAddress(bind)
              .withScenario(scenario)
              .withTimeScale(scale)
              .withFaults(rules);
      if (state != null) {
        options = options.withStateFile(state);
      }
      if (requestLog != null) {
        options = options.withRequestLog(requestLog);
      }
      return options;
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), "see eksform sandbox serve --help", 2);
    }
  }

  private static Sandbox start(SandboxOptions options) {
    try {
      return Sandbox.start(options);
    } catch (UncheckedIOException e) {
      throw new UserError(e.getMessage(), "choose another --port, or 0 for any free port");
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), "see eksform sandbox serve --help", 2);
    }
  }
}
