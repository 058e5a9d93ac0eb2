package io.eksform.sandbox.state;

import java.util.Map;

/** An EC2 security group (only its identity: the sandbox models no rules). */
public record SecurityGroup(
    String region,
    String id,
    String vpcId,
    String name,
    String description,
    Map<String, String> tags) {

  /** Normalizes the tags to an immutable copy. */
  public SecurityGroup {
    tags = Map.copyOf(tags);
  }
}
