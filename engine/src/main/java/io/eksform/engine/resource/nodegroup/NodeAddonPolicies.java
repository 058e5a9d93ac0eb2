package io.eksform.engine.resource.nodegroup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What each {@code iam.withAddonPolicies} flag of a managed node group adds to its node role, as
 * eksctl grants it: AWS managed policies, and statements for the role's inline policy. The table
 * lives in {@code node-addon-policies.json} beside this class.
 */
final class NodeAddonPolicies {
  private static final String AWS_POLICY = "arn:aws:iam::aws:policy/";
  private static final JsonNode TABLE = load();

  private NodeAddonPolicies() {}

  /** The flags the table knows. */
  static Set<String> flags() {
    Set<String> out = new TreeSet<>();
    TABLE.propertyNames().forEach(out::add);
    out.remove("_comment");
    return out;
  }

  /** The AWS managed policy ARNs the flags add, sorted. */
  static List<String> managedArns(Collection<String> flags) {
    Set<String> out = new TreeSet<>();
    for (String flag : flags) {
      entry(flag).path("managed").forEach(n -> out.add(AWS_POLICY + n.asString()));
    }
    return List.copyOf(out);
  }

  /** The inline statements the flags add, in the order of the flags' names, each once. */
  static List<JsonNode> statements(Collection<String> flags) {
    List<JsonNode> out = new ArrayList<>();
    for (String flag : new TreeSet<>(flags)) {
      for (JsonNode s : entry(flag).path("statements")) {
        if (!out.contains(s)) {
          out.add(s);
        }
      }
    }
    return out;
  }

  private static JsonNode entry(String flag) {
    JsonNode e = TABLE.path(flag);
    String alias = e.path("sameAs").asString("");
    return alias.isEmpty() ? e : TABLE.path(alias);
  }

  private static JsonNode load() {
    try (InputStream in = NodeAddonPolicies.class.getResourceAsStream("node-addon-policies.json")) {
      if (in == null) {
        throw new IllegalStateException("node-addon-policies.json is missing from the engine");
      }
      return JsonMapper.builder().build().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
