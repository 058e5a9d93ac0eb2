package io.eksform.engine.live;

import java.util.Map;
import java.util.Optional;

/**
 * An EKS add-on as DescribeAddon reports it; {@code namespace} is its {@code
 * namespaceConfig.namespace}, when EKS reports one.
 */
public record LiveAddon(
    String name,
    String arn,
    String status,
    String version,
    Optional<String> serviceAccountRoleArn,
    Optional<String> configurationValues,
    Map<String, String> tags,
    Optional<String> namespace) {
  public LiveAddon {
    tags = Map.copyOf(tags);
  }

  /** An add-on for which EKS reports no namespace. */
  public LiveAddon(
      String name,
      String arn,
      String status,
      String version,
      Optional<String> serviceAccountRoleArn,
      Optional<String> configurationValues,
      Map<String, String> tags) {
    this(
        name,
        arn,
        status,
        version,
        serviceAccountRoleArn,
        configurationValues,
        tags,
        Optional.empty());
  }
}
