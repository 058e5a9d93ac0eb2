package io.eksform.engine.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.aws.AwsTarget;
import io.eksform.engine.config.ConfigDocument;
import io.eksform.engine.config.ConfigLoader;
import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.config.SourceText;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.ConfigField;
import io.eksform.engine.desired.DesiredState;
import io.eksform.engine.kinds.Planner;
import io.eksform.engine.ledger.Disposition;
import io.eksform.engine.ledger.FieldLedger;
import io.eksform.engine.live.LiveReader;
import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.SandboxOptions;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * eksctl's example configs, each planned against a sandbox account that holds its cluster (an
 * existing cluster in a VPC of public and private subnets, over real HTTP): none crashes the
 * planner, and every field a config sets that eksform does not manage yet is named in its plan.
 */
class CorpusSandboxPlanTest {
  private static final Provenance PROVENANCE = new Provenance("test", "", "", "", Optional.empty());

  @Test
  void everyExamplePlansAndNamesWhatItDoesNotActOn(@TempDir Path dir) throws Exception {
    String shared = System.getProperty("eksform.shared.dir", "");
    Path corpus = Path.of(shared, "corpus", "eksctl-examples");
    Assumptions.assumeTrue(
        !shared.isEmpty() && Files.isDirectory(corpus),
        "the shared corpus (eksform.shared.dir) is absent; eksctl examples not planned");
    Map<String, ClusterSpec> configs = configs(corpus);
    Path scenario = dir.resolve("corpus.yaml");
    Files.writeString(scenario, scenario(configs.values()));
    List<String> silent = new ArrayList<>();
    Map<String, List<String>> named = new TreeMap<>();
    try (Sandbox sandbox =
        Sandbox.start(SandboxOptions.defaults().withScenario(scenario.toString()))) {
      for (Map.Entry<String, ClusterSpec> c : configs.entrySet()) {
        ClusterSpec spec = c.getValue();
        try (AwsClients aws =
            new AwsClients(new AwsTarget(spec.region(), Optional.of(sandbox.endpoint()), true))) {
          Plan plan =
              Planner.plan(
                  spec, new LiveReader(aws, 4).read(spec), new PlanOptions(false, PROVENANCE));
          named.put(c.getKey(), plan.notActedOn().stream().map(NotActedOn::where).toList());
          for (ConfigField f : spec.fields().values()) {
            boolean notManaged =
                FieldLedger.builtIn()
                    .entry(f.pointer())
                    .map(e -> e.disposition() == Disposition.NOT_MANAGED && !e.isInert(f.value()))
                    .orElse(true);
            if (notManaged && !mentioned(plan, f.pointer())) {
              silent.add(c.getKey() + ": " + f.pointer());
            }
          }
        }
      }
    }
    named.forEach((k, v) -> System.out.println(k + " not acted on: " + v));
    assertTrue(configs.size() > 20, configs.size() + " configs planned");
    assertTrue(
        named.values().stream().filter(v -> !v.isEmpty()).count() > 10,
        () -> "most examples use fields eksform does not manage yet: " + named);
    assertEquals(List.of(), silent, "fields not managed yet that their plan does not name");
  }

  private static boolean mentioned(Plan plan, String pointer) {
    return plan.notActedOn().stream().anyMatch(n -> pointer.startsWith(n.pointer()))
        || plan.problems().stream()
            .anyMatch(p -> !p.configPointer().isEmpty() && pointer.startsWith(p.configPointer()));
  }

  /** Each document of the corpus that names its cluster plainly (no ${VAR}), by file and index. */
  private static Map<String, ClusterSpec> configs(Path corpus) throws Exception {
    ConfigLoader loader = new ConfigLoader(LoadOptions.defaults(), InputStream.nullInputStream());
    Map<String, ClusterSpec> out = new LinkedHashMap<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(corpus)) {
      files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    for (Path file : files) {
      var loaded =
          loader.load(SourceText.of(file.getFileName().toString(), Files.readString(file)));
      for (ConfigDocument doc : loaded.configs()) {
        ClusterSpec spec = DesiredState.from(doc);
        if (spec.name().matches("[a-zA-Z][-a-zA-Z0-9]*")
            && spec.region().matches("[a-z]{2}(-[a-z]+)+-\\d")) {
          out.put(file.getFileName() + "#" + doc.index(), spec);
        }
      }
    }
    return out;
  }

  /** A sandbox scenario: per region a VPC with public and private subnets; each cluster in it. */
  private static String scenario(java.util.Collection<ClusterSpec> specs) {
    Map<String, String> regions = new TreeMap<>();
    Map<String, ClusterSpec> clusters = new TreeMap<>();
    for (ClusterSpec s : specs) {
      regions.put(s.region(), "vpc-" + s.region().replace("-", ""));
      clusters.putIfAbsent(s.region() + "/" + s.name(), s);
    }
    StringBuilder y = new StringBuilder("vpcs:\n");
    int n = 0;
    for (Map.Entry<String, String> r : regions.entrySet()) {
      n++;
      String region = r.getKey();
      String tag = region.replace("-", "");
      y.append("  - id: ").append(r.getValue()).append('\n');
      y.append("    region: ").append(region).append('\n');
      y.append("    cidr: 10.").append(n).append(".0.0/16\n");
      y.append("    internetGateway: igw-").append(tag).append('\n');
      y.append("    subnets:\n");
      String[] zones = {"a", "b", "c"};
      for (int i = 0; i < 3; i++) {
        y.append("      - {id: subnet-pub").append(zones[i]).append(tag);
        y.append(", cidr: 10.").append(n).append('.').append(i).append(".0/24, zone: ");
        y.append(region).append(zones[i]).append(", public: true}\n");
        y.append("      - {id: subnet-prv").append(zones[i]).append(tag);
        y.append(", cidr: 10.").append(n).append('.').append(10 + i).append(".0/24, zone: ");
        y.append(region).append(zones[i]).append(", public: false}\n");
      }
      y.append("    natGateways: [{id: nat-").append(tag).append(", subnet: subnet-puba");
      y.append(tag).append("}]\n");
    }
    y.append("clusters:\n");
    for (ClusterSpec s : clusters.values()) {
      y.append("  - name: ").append(s.name()).append('\n');
      y.append("    region: ").append(s.region()).append('\n');
      y.append("    vpc: ").append(regions.get(s.region())).append('\n');
      s.version()
          .filter(v -> v.matches("\\d+\\.\\d+"))
          .ifPresent(v -> y.append("    version: \"").append(v).append("\"\n"));
    }
    return y.toString();
  }
}
