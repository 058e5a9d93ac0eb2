package io.eksform.cli.common;

import io.eksform.engine.aws.AwsTarget;
import io.eksform.sandbox.Sandbox;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Where a command finds AWS: the real account through the default credential chain, another
 * endpoint ({@code --endpoint-url}, else {@code AWS_ENDPOINT_URL} as the SDK reads it), or the
 * embedded sandbox ({@code --sandbox}), started on demand and stopped by {@link #close()}.
 */
public final class AwsOptions implements AutoCloseable {
  /** Where the embedded sandbox keeps its account, under the working directory. */
  public static final String STATE_DIR = ".eksform";

  @Option(
      names = "--sandbox",
      description =
          "Use the embedded sandbox: a local AWS account on 127.0.0.1 (no AWS account needed);"
              + " its state lives in .eksform/ (ignored by git).")
  boolean sandbox;

  @Option(
      names = "--sandbox-scenario",
      paramLabel = "NAME",
      description =
          "Like --sandbox, the account seeded with scenario NAME the first time (empty: an account"
              + " with only a default VPC, to create a cluster in; eksworkshop, the default, ...)."
              + " An account kept in .eksform/ wins: delete .eksform/ to start over.")
  String sandboxScenario;

  @Option(
      names = "--endpoint-url",
      paramLabel = "URL",
      description =
          "Send every AWS call to URL (a sandbox started with `eksform sandbox serve`, or another emulator).")
  URI endpoint;

  private Sandbox running;

  /** The target for {@code region}, starting the sandbox if asked (once). */
  public AwsTarget target(String region, Path workingDir, PrintWriter err) {
    boolean sandbox = this.sandbox || sandboxScenario != null;
    if (sandbox && endpoint != null) {
      throw new UserError(
          "--sandbox and --endpoint-url cannot be used together", "choose one of them", 2);
    }
    if (sandbox) {
      if (running == null) {
        Path state = workingDir.resolve(STATE_DIR);
        boolean kept = Files.isRegularFile(state.resolve(Sandbox.EMBEDDED_STATE_FILE));
        ignoredByGit(state);
        if (sandboxScenario != null && kept) {
          err.println(
              "eksform: "
                  + STATE_DIR
                  + "/"
                  + Sandbox.EMBEDDED_STATE_FILE
                  + " holds the embedded sandbox's account already, so --sandbox-scenario "
                  + sandboxScenario
                  + " is not used (delete "
                  + STATE_DIR
                  + "/ to start over)");
        }
        try {
          running =
              Sandbox.startEmbedded(
                  state, sandboxScenario == null ? "eksworkshop" : sandboxScenario);
        } catch (IllegalArgumentException e) {
          throw new UserError(
              e.getMessage(),
              "name a built-in scenario (empty, eksworkshop, eksworkshop-eksctl-done,"
                  + " eksctl-created) or a YAML scenario file",
              2);
        }
        err.println(
            "eksform: using the embedded sandbox (account "
                + running.accountId()
                + " at "
                + running.endpoint()
                + "; state in "
                + STATE_DIR
                + "/"
                + Sandbox.EMBEDDED_STATE_FILE
                + ")");
        err.flush();
      }
      return new AwsTarget(region, Optional.of(running.endpoint()), true);
    }
    return new AwsTarget(region, Optional.ofNullable(endpoint), false);
  }

  /**
   * Writes {@code .gitignore} (ignoring everything) into the state folder, so that a sandbox run
   * inside a repository leaves nothing for {@code git status} to show or {@code git add .} to take.
   */
  private static void ignoredByGit(Path state) {
    Path ignore = state.resolve(".gitignore");
    try {
      Files.createDirectories(state);
      if (!Files.exists(ignore)) {
        Files.writeString(ignore, "# The state of eksform's embedded sandbox: local only.\n*\n");
      }
    } catch (IOException e) {
      // The sandbox reports an unusable folder itself; the ignore file is a courtesy.
    }
  }

  public boolean usesSandbox() {
    return sandbox || sandboxScenario != null;
  }

  /**
   * The flags that reach this account again ({@code --sandbox} or {@code --endpoint-url URL}), each
   * after a space, for a command printed to run next; "" for the default chain's account.
   */
  public String flags() {
    if (usesSandbox()) {
      return " --sandbox";
    }
    return endpoint == null ? "" : " --endpoint-url " + ShellWords.quote(endpoint.toString());
  }

  @Override
  public void close() {
    if (running != null) {
      running.close();
      running = null;
    }
  }
}
