package io.eksform.engine.live;

import java.util.Map;
import java.util.Optional;

/** An EKS add-on as DescribeAddon reports it. */
public record LiveAddon(
    String name,
    String arn,
    String status,
    String version,
    Optional<String> serviceAccountRoleArn,
    Optional<String> configurationValues,
    Map<String, String> tags) {
  public LiveAddon {
    tags = Map.copyOf(tags);
  }
}
