package io.eksform.cli.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.eksform.cli.CliRun;
import io.eksform.cli.EksformProcess;
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
 * an event payload, output and summary files, a local HTTP server standing in for the GitHub API
 * (GET /user, the pull request's comments page by page, POST and PATCH, each answer settable), and
 * an {@code eksform} that is the real CLI started from the test's class path, or a fake one
 * (recording its arguments, one invocation a line, and whether it saw a GitHub token).
 */
final class SimulatedRunner implements AutoCloseable {
  /** A branch name or title full of shell metacharacters; running any part of it creates a file. */
  static final String EVIL = "x\"; touch pwned; $(touch pwned2) `touch pwned3` '&& exit 7";

  static final JsonMapper JSON = JsonMapper.builder().build();

  final Path dir;
  final Path workspace;
  final List<String> requests = Collections.synchronizedList(new ArrayList<>());

  /** The pull request's comments, as GET answers them, 100 a page. */
  volatile String existingComments = "[]";

  /** What GET /user answers: 403 as for the workflow's token unless a login is set. */
  volatile String userLogin;

  /** The status of every POST and PATCH (201 and 200 when 0), e.g. 403 for a fork's token. */
  volatile int writeStatus;

  /** A shell body run as eksform in place of the real CLI (its arguments in "$@"), when set. */
  volatile String fakeEksform;

  private final HttpServer api;

  /** What a run left: exit code, the script's output, the step outputs and job summary. */
  record Run(
      int exit,
      String stdout,
      String output,
      String summary,
      List<String> invocations,
      List<String> tokensSeen) {}

  SimulatedRunner(Path dir) throws IOException {
    this.dir = dir;
    this.workspace = Files.createDirectories(dir.resolve("workspace"));
    api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    api.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          String method = exchange.getRequestMethod();
          String path = exchange.getRequestURI().getPath();
          String query = exchange.getRequestURI().getRawQuery();
          requests.add(
              method
                  + " "
                  + path
                  + (query == null ? "" : "?" + query)
                  + " "
                  + exchange.getRequestHeaders().getFirst("Authorization")
                  + "\n"
                  + body);
          int status;
          String answer;
          if (method.equals("GET") && path.equals("/user")) {
            status = userLogin == null ? 403 : 200;
            answer =
                userLogin == null
                    ? "{\"message\": \"Resource not accessible by integration\"}"
                    : "{\"login\": \"" + userLogin + "\"}";
          } else if (method.equals("GET")) {
            status = 200;
            answer = page(query);
          } else {
            status = writeStatus != 0 ? writeStatus : method.equals("POST") ? 201 : 200;
            answer = status >= 400 ? "{\"message\": \"Resource not accessible\"}" : "{\"id\": 1}";
          }
          byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    api.start();
  }

  /** The page of {@link #existingComments} that {@code page=N&per_page=M} asks for. */
  private String page(String query) {
    int page = 1;
    int perPage = 30;
    for (String part : query == null ? new String[0] : query.split("&")) {
      if (part.startsWith("page=")) {
        page = Integer.parseInt(part.substring(5));
      } else if (part.startsWith("per_page=")) {
        perPage = Integer.parseInt(part.substring(9));
      }
    }
    tools.jackson.databind.JsonNode all = JSON.readTree(existingComments);
    tools.jackson.databind.node.ArrayNode out = JSON.createArrayNode();
    for (int i = (page - 1) * perPage; i < Math.min(all.size(), page * perPage); i++) {
      out.add(all.get(i));
    }
    return out.toString();
  }

  /** {@code count} comments by {@code login}, none marked, as a JSON array's items. */
  static String comments(int count, String login) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append(i == 0 ? "" : ", ")
          .append("{\"id\": ")
          .append(1000 + i)
          .append(", \"user\": {\"login\": \"")
          .append(login)
          .append("\"}, \"body\": \"lgtm\"}");
    }
    return out.toString();
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
    Assumptions.assumeTrue(
        onPath("jq"), "jq is needed by the entry script and is not on the PATH; skipped");
    Path tokens = dir.resolve("tokens.log");
    Files.writeString(tokens, "");
    Path bin = dir.resolve("eksform");
    Files.writeString(
        bin,
        "#!/bin/sh\n"
            + "for a in \"$@\"; do printf '[%s]' \"$a\" >> \"$EKSFORM_ARGS_LOG\"; done\n"
            + "echo >> \"$EKSFORM_ARGS_LOG\"\n"
            + "echo \"token=${GITHUB_TOKEN:-}\" >> \"$EKSFORM_TOKENS_LOG\"\n"
            + (fakeEksform != null
                ? fakeEksform + "\n"
                : "exec \"$EKSFORM_JAVA\" "
                    + String.join(" ", EksformProcess.JVM_OPTIONS)
                    + " -cp \"$EKSFORM_CP\" io.eksform.cli.Main \"$@\"\n"));
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
    env.put("EKSFORM_TOKENS_LOG", tokens.toString());
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
        p.exitValue(),
        stdout,
        Files.readString(output),
        Files.readString(summary),
        invocations,
        Files.readAllLines(tokens));
  }

  private static boolean onPath(String command) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String folder : path.split(java.io.File.pathSeparator)) {
      if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, command))) {
        return true;
      }
    }
    return false;
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
