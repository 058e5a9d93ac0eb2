package io.eksform.engine.live;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An IAM role: its trust policy (decoded JSON text), attached managed policies, inline policies
 * (name to document) and tags.
 */
public record LiveRole(
    String name,
    String arn,
    String trustPolicy,
    List<String> attachedPolicyArns,
    Map<String, String> inlinePolicies,
    Map<String, String> tags,
    Optional<String> permissionsBoundary) {
  public LiveRole {
    attachedPolicyArns = attachedPolicyArns.stream().sorted().toList();
    inlinePolicies = Map.copyOf(inlinePolicies);
    tags = Map.copyOf(tags);
  }
}
