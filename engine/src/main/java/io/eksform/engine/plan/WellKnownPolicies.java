package io.eksform.engine.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * eksctl's well-known policy sets ({@code wellKnownPolicies.autoScaler} and the others): for each,
 * the AWS managed policies its IRSA role gets and the permission statements written into the role's
 * inline policy, read from {@code well-known-policies.json}. Sets are applied in the file's order,
 * so the same switches always give the same policies.
 */
final class WellKnownPolicies {
  private static final String RESOURCE = "/io/eksform/engine/plan/well-known-policies.json";
  private static final Map<String, Entry> ENTRIES = load();

  private record Entry(List<String> managedPolicies, List<JsonNode> statements) {}

  private WellKnownPolicies() {}

  /** The names eksctl accepts under {@code wellKnownPolicies}, in the order they are applied. */
  static Set<String> names() {
    return ENTRIES.keySet();
  }

  /** The AWS managed policy ARNs of the sets switched on. */
  static List<String> managedPolicyArns(Set<String> switchedOn) {
    List<String> out = new ArrayList<>();
    ENTRIES.forEach(
        (name, e) -> {
          if (switchedOn.contains(name)) {
            out.addAll(e.managedPolicies());
          }
        });
    return out;
  }

  /**
   * The permission statements of the sets switched on; a statement two sets share (cert-manager and
   * external-dns both change record sets) is written once.
   */
  static List<JsonNode> statements(Set<String> switchedOn) {
    List<JsonNode> out = new ArrayList<>();
    ENTRIES.forEach(
        (name, e) -> {
          if (switchedOn.contains(name)) {
            e.statements().stream().filter(s -> !out.contains(s)).forEach(out::add);
          }
        });
    return out;
  }

  private static Map<String, Entry> load() {
    try (InputStream in = WellKnownPolicies.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the well-known policies " + RESOURCE + " are missing");
      }
      JsonNode root = JsonMapper.builder().build().readTree(in);
      Map<String, Entry> out = new LinkedHashMap<>();
      for (JsonNode p : root.path("policies")) {
        List<String> managed = new ArrayList<>();
        p.path("managedPolicies").forEach(a -> managed.add(a.asString()));
        List<JsonNode> statements = new ArrayList<>();
        p.path("statements").forEach(statements::add);
        out.put(
            p.path("name").asString(), new Entry(List.copyOf(managed), List.copyOf(statements)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the well-known policies", e);
    }
  }
}
