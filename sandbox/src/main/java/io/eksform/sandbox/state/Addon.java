package io.eksform.sandbox.state;

import java.util.Map;

/**
 * An EKS add-on as stored, with the namespace it was created in ({@code namespaceConfig}); optional
 * members may be null inside the sandbox.
 */
public record Addon(
    String region,
    String clusterName,
    String name,
    String arn,
    String version,
    String serviceAccountRoleArn,
    String configurationValues,
    String namespace,
    Map<String, String> tags,
    Phase phase,
    long createdAt,
    long modifiedAt,
    long since) {

  /** Normalizes the tags to an immutable copy. */
  public Addon {
    tags = Map.copyOf(tags);
  }

  /** The key of this add-on in the account. */
  public String key() {
    return Account.key(region, clusterName, name);
  }

  /** A copy in another phase, starting at {@code at}. */
  public Addon withPhase(Phase newPhase, long at) {
    return new Addon(
        region,
        clusterName,
        name,
        arn,
        version,
        serviceAccountRoleArn,
        configurationValues,
        namespace,
        tags,
        newPhase,
        createdAt,
        at,
        at);
  }

  /** A copy with other tags. */
  public Addon withTags(Map<String, String> newTags) {
    return new Addon(
        region,
        clusterName,
        name,
        arn,
        version,
        serviceAccountRoleArn,
        configurationValues,
        namespace,
        newTags,
        phase,
        createdAt,
        modifiedAt,
        since);
  }

  /** A copy with another version, role and configuration. */
  public Addon withSettings(String newVersion, String roleArn, String configuration) {
    return new Addon(
        region,
        clusterName,
        name,
        arn,
        newVersion,
        roleArn,
        configuration,
        namespace,
        tags,
        phase,
        createdAt,
        modifiedAt,
        since);
  }
}
