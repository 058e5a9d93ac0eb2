package io.eksform.sandbox.state;

import java.util.List;
import java.util.Map;

/**
 * An IAM role with its trust policy (stored as received), managed and inline policies, tags and
 * permissions boundary (a policy ARN, null when none).
 */
public record Role(
    String name,
    String id,
    String path,
    String arn,
    String assumeRolePolicyDocument,
    String description,
    int maxSessionDuration,
    List<String> attachedPolicyArns,
    Map<String, String> inlinePolicies,
    Map<String, String> tags,
    long createdAt,
    String permissionsBoundary) {

  /** Normalizes collections to immutable copies. */
  public Role {
    attachedPolicyArns = List.copyOf(attachedPolicyArns);
    inlinePolicies = Map.copyOf(inlinePolicies);
    tags = Map.copyOf(tags);
  }

  /** A copy with other attached policies. */
  public Role withAttached(List<String> arns) {
    return with(d -> d.attachedPolicyArns = arns);
  }

  /** A copy with other inline policies. */
  public Role withInline(Map<String, String> policies) {
    return with(d -> d.inlinePolicies = policies);
  }

  /** A copy with other tags. */
  public Role withTags(Map<String, String> newTags) {
    return with(d -> d.tags = newTags);
  }

  /** A copy with another trust policy. */
  public Role withTrustPolicy(String document) {
    return with(d -> d.assumeRolePolicyDocument = document);
  }

  /** A copy with another permissions boundary (null removes it). */
  public Role withPermissionsBoundary(String policyArn) {
    return with(d -> d.permissionsBoundary = policyArn);
  }

  /** A copy with what {@code change} sets on a draft of this role. */
  private Role with(java.util.function.Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return d.build();
  }

  /** The members of a role, to change some before building a copy. */
  private static final class Draft {
    String name;
    String id;
    String path;
    String arn;
    String assumeRolePolicyDocument;
    String description;
    int maxSessionDuration;
    List<String> attachedPolicyArns;
    Map<String, String> inlinePolicies;
    Map<String, String> tags;
    long createdAt;
    String permissionsBoundary;

    Draft(Role r) {
      name = r.name;
      id = r.id;
      path = r.path;
      arn = r.arn;
      assumeRolePolicyDocument = r.assumeRolePolicyDocument;
      description = r.description;
      maxSessionDuration = r.maxSessionDuration;
      attachedPolicyArns = r.attachedPolicyArns;
      inlinePolicies = r.inlinePolicies;
      tags = r.tags;
      createdAt = r.createdAt;
      permissionsBoundary = r.permissionsBoundary;
    }

    Role build() {
      return new Role(
          name,
          id,
          path,
          arn,
          assumeRolePolicyDocument,
          description,
          maxSessionDuration,
          attachedPolicyArns,
          inlinePolicies,
          tags,
          createdAt,
          permissionsBoundary);
    }
  }
}
