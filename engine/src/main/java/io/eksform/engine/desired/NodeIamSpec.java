package io.eksform.engine.desired;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The IAM settings of a managed node group beyond {@code iam.instanceRoleARN}: managed and inline
 * policies, the {@code withAddonPolicies} flags that are on, a fixed role name, a permissions
 * boundary, and an instance profile (which managed node groups cannot take).
 */
public record NodeIamSpec(
    List<String> attachPolicyArns,
    Optional<String> attachPolicy,
    SortedSet<String> addonPolicies,
    Optional<String> instanceRoleName,
    Optional<String> permissionsBoundary,
    Optional<String> instanceProfileArn) {
  /** A group that asks for nothing beyond the node role it is given. */
  public static final NodeIamSpec NONE =
      new NodeIamSpec(
          List.of(),
          Optional.empty(),
          new TreeSet<>(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());

  public NodeIamSpec {
    attachPolicyArns = List.copyOf(attachPolicyArns);
    addonPolicies = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(addonPolicies));
  }

  /** True when the nodes need a role other than eksform's shared node role. */
  public boolean asksForOwnRole() {
    return !attachPolicyArns.isEmpty()
        || attachPolicy.isPresent()
        || !addonPolicies.isEmpty()
        || instanceRoleName.isPresent()
        || permissionsBoundary.isPresent();
  }
}
