package io.eksform.sandbox.state;

import java.util.Map;

/** An EC2 internet gateway; the attached VPC id is empty while detached. */
public record InternetGateway(
    String region, String id, String attachedVpcId, Map<String, String> tags) {

  /** Normalizes the tags to an immutable copy. */
  public InternetGateway {
    tags = Map.copyOf(tags);
  }
}
