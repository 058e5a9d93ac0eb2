package io.eksform.engine.desired;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An IRSA service account: the Kubernetes service account {@code namespace/name} bound to an IAM
 * role with the listed managed policies ({@code attachPolicyARNs}), an optional inline policy
 * ({@code attachPolicy}), or an existing role ({@code attachRoleARN}).
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
    String pointer) {
  public ServiceAccountSpec {
    attachPolicyArns = attachPolicyArns.stream().sorted().distinct().toList();
    labels = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(labels));
    annotations = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(annotations));
    tags = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(tags));
  }

  /** {@code namespace/name}, the key eksctl and eksform use for a service account. */
  public String key() {
    return namespace + "/" + name;
  }
}
