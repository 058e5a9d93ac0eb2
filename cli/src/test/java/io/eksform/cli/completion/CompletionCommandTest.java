package io.eksform.cli.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionCommandTest {
  @TempDir Path dir;

  @Test
  void bashAndZshGetPicoclisScriptNamingEverySubcommand() throws Exception {
    CliRun bash = CliRun.of("completion", "bash");
    assertEquals(0, bash.exitCode(), bash.err());
    for (String name : List.of("validate", "check", "plan", "apply", "sandbox", "completion")) {
      assertTrue(bash.out().contains(name), name);
    }
    assertTrue(bash.out().contains("complete -F"), "a bash complete command");
    assertEquals(bash.out(), CliRun.of("completion", "zsh").out());
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of("/bin/bash")), "no bash to parse it; skipped");
    Path script = Files.writeString(dir.resolve("eksform.bash"), bash.out());
    Process p = new ProcessBuilder("/bin/bash", "-n", script.toString()).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), err);
  }

  @Test
  void fishGetsSubcommandsWhereTheirParentIsAndOptionsOfTheTypedCommand() {
    CliRun fish = CliRun.of("completion", "fish");
    assertEquals(0, fish.exitCode(), fish.err());
    String out = fish.out();
    assertTrue(
        out.contains(
            "complete -c eksform -n '__fish_use_subcommand' -a 'check' -d 'Validate the"
                + " ClusterConfig files a branch changed and show what each change asks.'\n"),
        out);
    assertTrue(
        out.contains("complete -c eksform -n '__fish_seen_subcommand_from check' -l 'base' -r"),
        out);
    assertTrue(
        out.contains(
            "-n '__fish_seen_subcommand_from sandbox; and not __fish_seen_subcommand_from serve'"
                + " -a 'serve'"),
        out);
    assertTrue(
        out.contains("-d 'Check eksctl ClusterConfig files against eksform\\'s schema"), out);
    assertTrue(!out.contains("DEFAULT-VALUE"), out);
  }

  @Test
  void anUnknownShellIsAUsageError() {
    CliRun run = CliRun.of("completion", "tcsh");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("unknown shell 'tcsh': use bash, zsh or fish"), run.err());
  }
}
