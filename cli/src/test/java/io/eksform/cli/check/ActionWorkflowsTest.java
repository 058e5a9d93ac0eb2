package io.eksform.cli.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.CliRun;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The security rules of the Action and of the workflows its README recommends: no expression in a
 * {@code run:} script, actions pinned by commit, least-privilege permissions, no {@code
 * pull_request_target}; and {@code action.yml} against the action metadata schema when the
 * validator is installed.
 */
class ActionWorkflowsTest {
  private static final Path ACTION_DIR = CliRun.projectDir().resolve("github-action");
  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private static final Pattern PINNED = Pattern.compile("[^@]+@[0-9a-f]{40}");

  /** action.yml and every yaml block of the README, by name. */
  static Map<String, String> documents() throws Exception {
    Map<String, String> docs = new java.util.LinkedHashMap<>();
    docs.put("action.yml", Files.readString(ACTION_DIR.resolve("action.yml")));
    Matcher blocks =
        Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL)
            .matcher(Files.readString(ACTION_DIR.resolve("README.md")));
    int i = 0;
    while (blocks.find()) {
      docs.put("README workflow " + ++i, blocks.group(1));
    }
    return docs;
  }

  private static void collect(JsonNode node, String key, List<String> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (e.getKey().equals(key) && e.getValue().isString()) {
          out.add(e.getValue().asString());
        }
        collect(e.getValue(), key, out);
      }
    } else if (node.isArray()) {
      node.forEach(n -> collect(n, key, out));
    }
  }

  @Test
  void readmeHasTheThreeWorkflows() throws Exception {
    assertEquals(4, documents().size(), documents().keySet().toString());
  }

  @Test
  void noRunScriptInterpolatesAnExpression() throws Exception {
    for (var doc : documents().entrySet()) {
      List<String> scripts = new ArrayList<>();
      collect(YAML.readTree(doc.getValue()), "run", scripts);
      for (String script : scripts) {
        assertFalse(
            script.contains("${{"),
            doc.getKey()
                + ": a run: script interpolates an expression; pass it through env:\n"
                + script);
      }
    }
  }

  @Test
  void theCheckCatchesAnInterpolatingScript() throws Exception {
    List<String> scripts = new ArrayList<>();
    collect(
        YAML.readTree("steps:\n  - run: echo \"${{ github.event.pull_request.title }}\"\n"),
        "run",
        scripts);
    assertTrue(scripts.get(0).contains("${{"));
  }

  @Test
  void everyActionIsPinnedByCommit() throws Exception {
    for (var doc : documents().entrySet()) {
      List<String> uses = new ArrayList<>();
      collect(YAML.readTree(doc.getValue()), "uses", uses);
      for (String action : uses) {
        boolean ours = action.startsWith("acme/eksform/") || action.startsWith("./");
        assertTrue(
            ours || PINNED.matcher(action).matches(), doc.getKey() + ": not pinned: " + action);
      }
    }
  }

  @Test
  void workflowsDeclarePermissionsAndAvoidPullRequestTarget() throws Exception {
    for (var doc : documents().entrySet()) {
      assertFalse(doc.getValue().contains("pull_request_target"), doc.getKey());
      JsonNode tree = YAML.readTree(doc.getValue());
      if (tree.has("jobs")) {
        assertTrue(tree.has("permissions"), doc.getKey() + " has no permissions:");
        assertFalse(
            tree.get("permissions").toString().contains("write-all"), doc.getKey() + ": write-all");
      }
    }
  }

  @Test
  void actionMetadataMatchesTheSchema() throws Exception {
    String out = validate(ACTION_DIR.resolve("action.yml"));
    assertEquals("", out, out);
  }

  @Test
  void readmeWorkflowsMatchTheWorkflowSchema(@TempDir Path dir) throws Exception {
    for (var doc : documents().entrySet()) {
      if (doc.getKey().equals("action.yml")) {
        continue;
      }
      Path file = dir.resolve(doc.getKey().replace(' ', '-') + ".yml");
      Files.writeString(file, doc.getValue());
      String out = validate(file);
      assertEquals("", out, doc.getKey() + ":\n" + out);
    }
  }

  /** Runs action-validator on {@code file}: empty when valid, else its report. */
  private static String validate(Path file) throws Exception {
    Path local =
        io.eksform.cli.CliRun.projectDir()
            .resolve("tools/actions/node_modules/.bin/action-validator");
    Path validator = Files.isExecutable(local) ? local : onPath("action-validator");
    Assumptions.assumeTrue(
        validator != null,
        "action-validator is not installed (npm ci --prefix tools/actions); "
            + file.getFileName()
            + " was not checked against its schema");
    Process p =
        new ProcessBuilder(validator.toString(), file.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    // Path globs are not checked by the validator; it says so on every workflow that has one.
    return p.exitValue() == 0 ? "" : out;
  }

  private static Path onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  @Test
  void aCacheHitSkipsTheBuildAndTheJarIsRunAsRestored() throws Exception {
    JsonNode steps =
        YAML.readTree(Files.readString(ACTION_DIR.resolve("action.yml")))
            .path("runs")
            .path("steps");
    JsonNode cache = null;
    List<String> skippedOnHit = new ArrayList<>();
    JsonNode run = null;
    for (JsonNode step : steps) {
      if (step.path("id").asString("").equals("cache")) {
        cache = step;
      }
      if (step.path("if").asString("").equals("steps.cache.outputs.cache-hit != 'true'")) {
        skippedOnHit.add(step.path("name").asString(""));
      }
      if (step.path("id").asString("").equals("run")) {
        run = step;
      }
    }
    assertTrue(cache != null && cache.path("uses").asString("").startsWith("actions/cache@"));
    assertTrue(cache.path("with").path("key").asString("").contains("steps.key.outputs.key"));
    assertTrue(cache.path("with").path("path").asString("").contains("cli/target/eksform.jar"));
    assertTrue(
        skippedOnHit.stream().anyMatch(n -> n.startsWith("Build eksform")),
        skippedOnHit.toString());
    assertEquals("1", run.path("env").path("EKSFORM_NO_BUILD").asString(""));
  }

  @Test
  void theCacheKeyIsTheActionsCommitWhenPinnedElseADigestOfItsSources() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is needed; skipped");
    String commit = "0123456789abcdef0123456789abcdef01234567";
    String pinned = cacheKey(commit);
    assertTrue(pinned.startsWith("eksform-cli-"), pinned);
    assertTrue(pinned.endsWith("-" + commit), pinned);
    String digest = cacheKey("v1");
    assertTrue(digest.matches("eksform-cli-.*-[0-9a-f]{40}"), digest);
    assertEquals(digest, cacheKey(""));
  }

  private static String cacheKey(String actionRef) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder("/bin/bash", ACTION_DIR.resolve("cache-key.sh").toString());
    pb.environment().put("ACTION_REF", actionRef);
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    return out;
  }
}
