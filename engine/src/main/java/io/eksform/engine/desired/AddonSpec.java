package io.eksform.engine.desired;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An EKS add-on as the ClusterConfig asks for it. An empty version means "the default for the
 * cluster's Kubernetes version"; {@code latest} is resolved by EKS. {@code resolveConflicts} is
 * upper-cased as EKS names its values; {@code namespace} is {@code namespaceConfig.namespace}. The
 * IAM fields ({@code attachPolicyARNs}, {@code attachPolicy}, {@code wellKnownPolicies}, {@code
 * permissionsBoundary}) describe the IRSA role made for the add-on when {@code
 * serviceAccountRoleARN} names none.
 */
public record AddonSpec(
    String name,
    Optional<String> version,
    Optional<String> serviceAccountRoleArn,
    Optional<String> configurationValues,
    Map<String, String> tags,
    Optional<String> resolveConflicts,
    Optional<String> namespace,
    List<String> attachPolicyArns,
    Optional<String> inlinePolicy,
    SortedSet<String> wellKnownPolicies,
    Optional<String> permissionsBoundary,
    String pointer) {
  public AddonSpec {
    tags = Collections.unmodifiableSortedMap(new TreeMap<>(tags));
    attachPolicyArns = attachPolicyArns.stream().sorted().distinct().toList();
    wellKnownPolicies = Collections.unmodifiableSortedSet(new TreeSet<>(wellKnownPolicies));
  }

  /** An add-on with no IAM role of its own to make, conflict resolution or namespace. */
  public AddonSpec(
      String name,
      Optional<String> version,
      Optional<String> serviceAccountRoleArn,
      Optional<String> configurationValues,
      Map<String, String> tags,
      String pointer) {
    this(
        name,
        version,
        serviceAccountRoleArn,
        configurationValues,
        tags,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        new TreeSet<>(),
        Optional.empty(),
        pointer);
  }

  /** True when the config gives the add-on's role policies, so that a role is made for it. */
  public boolean hasRolePolicies() {
    return !attachPolicyArns.isEmpty() || inlinePolicy.isPresent() || !wellKnownPolicies.isEmpty();
  }
}
