package io.eksform.cli.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.eksform.cli.CliRun;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A GitHub runner as the Action's entry script sees it: a workspace that is a real git repository,
 * an event payload, output and summary files, a local HTTP server standing in for the GitHub API,
 * and an {@code eksform} that is the real CLI started from the test's class path (recording its
 * arguments, one invocation a line, so that tests can see what the script passed).
 */
final class SimulatedRunner implements AutoCloseable {
  /** A branch name or title full of shell metacharacters; running any part of it creates a file. */
  static final String EVIL = "x\"; touch pwned; $(touch pwned2) `touch pwned3` '&& exit 7";

  static final JsonMapper JSON = JsonMapper.builder().build();

  final Path dir;
  final Path workspace;
  final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  volatile String existingComments = "[]";
  private final HttpServer api;

  /** What a run left: exit code, the script's output, the step outputs and job summary. */
  record Run(int exit, String stdout, String output, String summary, List<String> invocations) {}

  SimulatedRunner(Path dir) throws IOException {
    this.dir = dir;
    this.workspace = Files.createDirectories(dir.resolve("workspace"));
    api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    api.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          requests.add(
              exchange.getRequestMethod()
                  + " "
                  + exchange.getRequestURI().getPath()
                  + " "
                  + exchange.getRequestHeaders().getFirst("Authorization")
                  + "\n"
                  + body);
          byte[] answer =
              (exchange.getRequestMethod().equals("GET") ? existingComments : "{\"id\": 1}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(
              exchange.getRequestMethod().equals("POST") ? 201 : 200, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    api.start();
  }

  @Override
  public void close() {
    api.stop(0);
  }

  /** Writes {@code text} to {@code path} of the workspace and commits everything. */
  RevCommit commit(String path, String text, String message) throws Exception {
    Path file = workspace.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    try (Git git = Git.open(workspace.toFile())) {
      return GitFiles.commit(git, message);
    }
  }

  /** A pull_request event payload for PR 42 with {@code baseSha} and a malicious title and head. */
  static ObjectNode pullRequest(String baseSha) {
    ObjectNode payload = JSON.createObjectNode();
    ObjectNode pr = payload.putObject("pull_request");
    pr.put("number", 42);
    pr.put("title", EVIL);
    pr.putObject("head").put("ref", EVIL).put("sha", "0000");
    pr.putObject("base").put("ref", "main").put("sha", baseSha);
    return payload;
  }

  /** A push event payload to {@code ref} of a repository whose default branch is main. */
  static ObjectNode push(String ref, String before) {
    ObjectNode payload = JSON.createObjectNode();
    payload.put("ref", ref);
    payload.put("before", before);
    payload.putObject("repository").put("default_branch", "main").put("full_name", EVIL);
    payload.putObject("head_commit").put("message", EVIL);
    return payload;
  }

  /** Runs the entry script for {@code eventName} with {@code payload} and the inputs in env. */
  Run run(String eventName, ObjectNode payload, Map<String, String> inputs) throws Exception {
    Path script = CliRun.projectDir().resolve("github-action/entrypoint.sh");
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of("/bin/bash")),
        "bash is needed to run the entry script; skipped");
    Path log = dir.resolve("invocations.log");
    Files.writeString(log, "");
    Path bin = dir.resolve("eksform");
    Files.writeString(
        bin,
        "#!/bin/sh\n"
            + "for a in \"$@\"; do printf '[%s]' \"$a\" >> \"$EKSFORM_ARGS_LOG\"; done\n"
            + "echo >> \"$EKSFORM_ARGS_LOG\"\n"
            + "exec \"$EKSFORM_JAVA\" -cp \"$EKSFORM_CP\" io.eksform.cli.Main \"$@\"\n");
    bin.toFile().setExecutable(true);
    Path event = dir.resolve("event.json");
    Files.writeString(event, JSON.writeValueAsString(payload));
    Path output = dir.resolve("output");
    Path summary = dir.resolve("summary");
    Files.writeString(output, "");
    Files.writeString(summary, "");
    ProcessBuilder pb =
        new ProcessBuilder("/bin/bash", script.toString()).directory(workspace.toFile());
    Map<String, String> env = pb.environment();
    env.put("EKSFORM_BIN", bin.toString());
    env.put("EKSFORM_ARGS_LOG", log.toString());
    env.put("EKSFORM_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    env.put("EKSFORM_CP", System.getProperty("java.class.path"));
    env.put("GITHUB_WORKSPACE", workspace.toString());
    env.put("GITHUB_EVENT_NAME", eventName);
    env.put("GITHUB_EVENT_PATH", event.toString());
    env.put("GITHUB_OUTPUT", output.toString());
    env.put("GITHUB_STEP_SUMMARY", summary.toString());
    env.put("GITHUB_API_URL", "http://127.0.0.1:" + api.getAddress().getPort());
    env.put("GITHUB_REPOSITORY", "acme/platform");
    env.put("GITHUB_TOKEN", "test-token");
    env.put("GITHUB_HEAD_REF", EVIL);
    if (payload.has("ref")) {
      env.put("GITHUB_REF", payload.get("ref").asString());
    }
    env.putAll(inputs);
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(240, TimeUnit.SECONDS), "the script did not finish");
    List<String> invocations = Files.readAllLines(log).stream().filter(l -> !l.isEmpty()).toList();
    return new Run(
        p.exitValue(), stdout, Files.readString(output), Files.readString(summary), invocations);
  }

  /** Fails when any part of {@link #EVIL} was run by a shell. */
  void assertNothingExecuted() throws IOException {
    for (Path where : List.of(workspace, dir, Path.of("").toAbsolutePath())) {
      for (String name : List.of("pwned", "pwned2", "pwned3")) {
        assertFalse(Files.exists(where.resolve(name)), where.resolve(name) + " was created");
      }
    }
  }
}
