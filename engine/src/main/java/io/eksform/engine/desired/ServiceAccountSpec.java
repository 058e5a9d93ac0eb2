package io.eksform.engine.desired;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An IRSA service account: the Kubernetes service account {@code namespace/name} bound to an IAM
 * role with the listed managed policies ({@code attachPolicyARNs}), an optional inline policy
 * ({@code attachPolicy}), eksctl's well-known policy sets by name ({@code wellKnownPolicies}, those
 * switched on), or an existing role ({@code attachRoleARN}); {@code subjectPattern} lets the role
 * be assumed by every service account of the namespace whose name matches it.
 */
public record ServiceAccountSpec(
    String namespace,
    String name,
    List<String> attachPolicyArns,
    Optional<String> inlinePolicy,
    Optional<String> attachRoleArn,
    Optional<String> roleName,
    Optional<String> permissionsBoundary,
    boolean roleOnly,
    Map<String, String> labels,
    Map<String, String> annotations,
    Map<String, String> tags,
    SortedSet<String> wellKnownPolicies,
    Optional<String> subjectPattern,
    String pointer) {
  public ServiceAccountSpec {
    attachPolicyArns = attachPolicyArns.stream().sorted().distinct().toList();
    labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
    annotations = Collections.unmodifiableSortedMap(new TreeMap<>(annotations));
    tags = Collections.unmodifiableSortedMap(new TreeMap<>(tags));
    wellKnownPolicies = Collections.unmodifiableSortedSet(new TreeSet<>(wellKnownPolicies));
  }

  /** A service account without well-known policies or a subject pattern. */
  public ServiceAccountSpec(
      String namespace,
      String name,
      List<String> attachPolicyArns,
      Optional<String> inlinePolicy,
      Optional<String> attachRoleArn,
      Optional<String> roleName,
      Optional<String> permissionsBoundary,
      boolean roleOnly,
      Map<String, String> labels,
      Map<String, String> annotations,
      Map<String, String> tags,
      String pointer) {
    this(
        namespace,
        name,
        attachPolicyArns,
        inlinePolicy,
        attachRoleArn,
        roleName,
        permissionsBoundary,
        roleOnly,
        labels,
        annotations,
        tags,
        new TreeSet<>(),
        Optional.empty(),
        pointer);
  }

  /** {@code namespace/name}, the key eksctl and eksform use for a service account. */
  public String key() {
    return namespace + "/" + name;
  }
}
