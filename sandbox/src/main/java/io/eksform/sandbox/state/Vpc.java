package io.eksform.sandbox.state;

import java.util.Map;

/** An EC2 VPC. */
public record Vpc(
    String region, String id, String cidrBlock, boolean isDefault, Map<String, String> tags) {

  /** Normalizes the tags to an immutable copy. */
  public Vpc {
    tags = Map.copyOf(tags);
  }
}
