package io.eksform.cli.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Action's entry script under a simulated runner: a workspace that is a real git repository, a
 * pull-request event payload, output and summary files, and a local HTTP server standing in for the
 * GitHub API. The CLI it runs is the real one, started from this test's class path.
 */
class ActionScriptTest {
  private static final String EVIL = "x\"; touch pwned; $(touch pwned2) `touch pwned3` '&& exit 7";

  @TempDir Path dir;
  private Path workspace;
  private String baseSha;
  private HttpServer api;
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private volatile String existingComments = "[]";

  @BeforeEach
  void runner() throws Exception {
    workspace = Files.createDirectories(dir.resolve("workspace"));
    try (Git git = Git.init().setDirectory(workspace.toFile()).setInitialBranch("main").call()) {
      Path file = Files.createDirectories(workspace.resolve("clusters")).resolve("shop.yaml");
      Files.writeString(file, CheckCommandTest.config("shop", "apps", 2, ""));
      baseSha = commit(git, "base").name();
      git.checkout().setCreateBranch(true).setName("feature-x").call();
      Files.writeString(file, CheckCommandTest.config("shop", "web", 4, ""));
      commit(git, "branch");
    }
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

  @AfterEach
  void stop() {
    api.stop(0);
  }

  private static RevCommit commit(Git git, String message) throws Exception {
    git.add().addFilepattern(".").call();
    return git.commit()
        .setMessage(message)
        .setAuthor("t", "t@example.invalid")
        .setCommitter("t", "t@example.invalid")
        .setSign(false)
        .call();
  }

  private record Run(int exit, String stdout, String output, String summary) {}

  private Run runScript(Map<String, String> inputs) throws Exception {
    Path script = CliRun.projectDir().resolve("github-action/entrypoint.sh");
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of("/bin/bash")),
        "bash is needed to run the entry script; skipped");
    Path bin = dir.resolve("eksform");
    Files.writeString(
        bin, "#!/bin/sh\nexec \"$EKSFORM_JAVA\" -cp \"$EKSFORM_CP\" io.eksform.cli.Main \"$@\"\n");
    bin.toFile().setExecutable(true);
    Path event = dir.resolve("event.json");
    JsonMapper mapper = JsonMapper.builder().build();
    var payload = mapper.createObjectNode();
    var pr = payload.putObject("pull_request");
    pr.put("number", 42);
    pr.put("title", EVIL);
    pr.putObject("head").put("ref", EVIL).put("sha", "0000");
    pr.putObject("base").put("ref", "main").put("sha", baseSha);
    Files.writeString(event, mapper.writeValueAsString(payload));
    Path output = dir.resolve("output");
    Path summary = dir.resolve("summary");
    Files.writeString(output, "");
    Files.writeString(summary, "");
    ProcessBuilder pb =
        new ProcessBuilder("/bin/bash", script.toString()).directory(workspace.toFile());
    Map<String, String> env = pb.environment();
    env.put("EKSFORM_BIN", bin.toString());
    env.put("EKSFORM_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    env.put("EKSFORM_CP", System.getProperty("java.class.path"));
    env.put("GITHUB_WORKSPACE", workspace.toString());
    env.put("GITHUB_EVENT_PATH", event.toString());
    env.put("GITHUB_OUTPUT", output.toString());
    env.put("GITHUB_STEP_SUMMARY", summary.toString());
    env.put("GITHUB_API_URL", "http://127.0.0.1:" + api.getAddress().getPort());
    env.put("GITHUB_REPOSITORY", "acme/platform");
    env.put("GITHUB_TOKEN", "test-token");
    env.put("GITHUB_HEAD_REF", EVIL);
    env.putAll(inputs);
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the script did not finish");
    return new Run(p.exitValue(), stdout, Files.readString(output), Files.readString(summary));
  }

  @Test
  void writesOutputsSummaryAndOneNewComment() throws Exception {
    Run run = runScript(Map.of("INPUT_COMMENT", "true", "INPUT_TITLE", EVIL));
    assertEquals(0, run.exit(), run.stdout());
    assertTrue(run.output().contains("errors=0\n"), run.output());
    assertTrue(run.output().contains("changes=2\n"), run.output());
    assertTrue(run.output().contains("has-changes=true\n"), run.output());
    assertTrue(run.summary().startsWith(MarkdownSummary.MARKER), run.summary());
    assertTrue(run.summary().contains("fargate_profile.fp-apps"), run.summary());
    assertEquals(2, requests.size(), requests.toString());
    assertTrue(
        requests
            .get(0)
            .startsWith("GET /repos/acme/platform/issues/42/comments Bearer test-token"));
    String post = requests.get(1);
    assertTrue(post.startsWith("POST /repos/acme/platform/issues/42/comments "), post);
    JsonNode body = JsonMapper.builder().build().readTree(post.substring(post.indexOf('\n') + 1));
    assertEquals(run.summary(), body.get("body").asString());
    assertNothingExecuted();
  }

  @Test
  void updatesTheMarkedCommentInsteadOfAddingOne() throws Exception {
    existingComments =
        "[{\"id\": 5, \"body\": \"thanks\"}, {\"id\": 9, \"body\": \"<!-- eksform-check -->\\nold\"}]";
    Run run = runScript(Map.of("INPUT_COMMENT", "true"));
    assertEquals(0, run.exit(), run.stdout());
    assertEquals(2, requests.size(), requests.toString());
    assertTrue(
        requests.get(1).startsWith("PATCH /repos/acme/platform/issues/comments/9 "),
        requests.get(1));
  }

  @Test
  void failsOnErrorsAndPostsNothingWithoutCommentInput() throws Exception {
    Files.writeString(
        workspace.resolve("clusters/shop.yaml"),
        CheckCommandTest.config("shop", "web", 4, "colour: blue\n"));
    try (Git git = Git.open(workspace.toFile())) {
      commit(git, "typo");
    }
    Run run = runScript(Map.of("INPUT_BASE_REF", baseSha));
    assertEquals(1, run.exit(), run.stdout());
    assertTrue(run.output().contains("errors=1\n"), run.output());
    assertTrue(requests.isEmpty(), requests.toString());
    assertNothingExecuted();
  }

  @Test
  void applyIsRefusedWithAPointerToTheReadme() throws Exception {
    Run run = runScript(Map.of("INPUT_COMMAND", "apply"));
    assertEquals(2, run.exit(), run.stdout());
    assertTrue(run.stdout().contains("run apply with the CLI"), run.stdout());
    assertEquals("", run.output());
  }

  private void assertNothingExecuted() throws IOException {
    for (Path where : List.of(workspace, dir, Path.of("").toAbsolutePath())) {
      for (String name : List.of("pwned", "pwned2", "pwned3")) {
        assertFalse(Files.exists(where.resolve(name)), where.resolve(name) + " was created");
      }
    }
  }
}
