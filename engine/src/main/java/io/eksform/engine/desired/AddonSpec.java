package io.eksform.engine.desired;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An EKS add-on as the ClusterConfig asks for it. An empty version means "the default for the
 * cluster's Kubernetes version"; {@code latest} is resolved by EKS.
 */
public record AddonSpec(
    String name,
    Optional<String> version,
    Optional<String> serviceAccountRoleArn,
    Optional<String> configurationValues,
    Map<String, String> tags,
    String pointer) {
  public AddonSpec {
    tags = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(tags));
  }
}
