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
    return new Role(
        name,
        id,
        path,
        arn,
        assumeRolePolicyDocument,
        description,
        maxSessionDuration,
        arns,
        inlinePolicies,
        tags,
        createdAt,
        permissionsBoundary);
  }

  /** A copy with other inline policies. */
  public Role withInline(Map<String, String> policies) {
    return new Role(
        name,
        id,
        path,
        arn,
        assumeRolePolicyDocument,
        description,
        maxSessionDuration,
        attachedPolicyArns,
        policies,
        tags,
        createdAt,
        permissionsBoundary);
  }

  /** A copy with other tags. */
  public Role withTags(Map<String, String> newTags) {
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
        newTags,
        createdAt,
        permissionsBoundary);
  }

  /** A copy with another trust policy. */
  public Role withTrustPolicy(String document) {
    return new Role(
        name,
        id,
        path,
        arn,
        document,
        description,
        maxSessionDuration,
        attachedPolicyArns,
        inlinePolicies,
        tags,
        createdAt,
        permissionsBoundary);
  }

  /** A copy with another permissions boundary (null removes it). */
  public Role withPermissionsBoundary(String policyArn) {
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
        policyArn);
  }
}
