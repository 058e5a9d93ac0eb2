package io.eksform.sandbox.state;

import java.util.List;
import java.util.Map;

/**
 * An EKS access entry: an IAM principal's access to a cluster, with its Kubernetes user name and
 * groups and the access policies associated with it.
 */
public record AccessEntry(
    String region,
    String clusterName,
    String principalArn,
    String arn,
    String username,
    List<String> kubernetesGroups,
    String type,
    List<Policy> policies,
    Map<String, String> tags,
    long createdAt) {

  /** An access policy associated with the entry, for the whole cluster or some namespaces. */
  public record Policy(
      String policyArn, String scopeType, List<String> namespaces, long associatedAt) {

    /** Normalizes the namespaces to an immutable copy. */
    public Policy {
      namespaces = List.copyOf(namespaces);
    }
  }

  /** Normalizes collections to immutable copies. */
  public AccessEntry {
    kubernetesGroups = List.copyOf(kubernetesGroups);
    policies = List.copyOf(policies);
    tags = Map.copyOf(tags);
  }

  /** The key of this entry in the account. */
  public String key() {
    return Account.key(region, clusterName, principalArn);
  }
}
