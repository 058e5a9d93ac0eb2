package io.eksform.engine.plan;

import io.eksform.engine.live.LiveRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The policies of an IRSA role eksform makes, as a plan shows them: the managed policies ({@code
 * attachPolicyARNs} and those of the well-known sets) and the one inline policy ({@code
 * attachPolicy}'s statements, then those of the well-known sets); and a live role's, to compare.
 */
public final class RolePolicies {
  private RolePolicies() {}

  /** The managed policy ARNs, sorted, each once. */
  public static List<String> managed(List<String> attachPolicyArns, Set<String> wellKnown) {
    List<String> out = new ArrayList<>(attachPolicyArns);
    out.addAll(WellKnownPolicies.managedPolicyArns(wellKnown));
    return out.stream().sorted().distinct().toList();
  }

  /** The inline policy document, normalised as live ones are; JSON null for none. */
  public static JsonNode inline(Optional<String> attachPolicy, Set<String> wellKnown) {
    List<JsonNode> extra = WellKnownPolicies.statements(wellKnown);
    if (extra.isEmpty()) {
      return attachPolicy.map(TrustPolicies::parse).orElse(Json.NONE);
    }
    ObjectNode doc = Json.object();
    doc.put("Version", "2012-10-17");
    ArrayNode statements = Json.NODES.arrayNode();
    attachPolicy
        .map(TrustPolicies::parse)
        .filter(JsonNode::isObject)
        .ifPresent(
            given -> {
              given.properties().forEach(e -> doc.set(e.getKey(), e.getValue()));
              JsonNode own = given.path("Statement");
              if (own.isArray()) {
                own.forEach(statements::add);
              } else if (own.isObject()) {
                statements.add(own);
              }
            });
    extra.forEach(statements::add);
    doc.set("Statement", statements);
    return TrustPolicies.normalise(doc);
  }

  /** The inline policy of a live role, as {@link #inline} shows it; JSON null for none. */
  public static JsonNode inlineOf(Optional<LiveRole> role) {
    if (role.isEmpty() || role.get().inlinePolicies().isEmpty()) {
      return Json.NONE;
    }
    // eksform keeps one inline policy per role; eksctl names its own "Policy1".
    return TrustPolicies.parse(new TreeMap<>(role.get().inlinePolicies()).firstEntry().getValue());
  }
}
