package io.eksform.sandbox.state;

import java.util.Map;

/** An EC2 internet gateway; the attached VPC id is empty while detached. */
public record InternetGateway(
    String region, String id, String attachedVpcId, Map<String, String> tags) {

  /** Normalizes the tags to an immutable copy. */
  public InternetGateway {
    tags = Map.copyOf(tags);
  }

  /** A copy with other tags. */
  public InternetGateway withTags(Map<String, String> newTags) {
    return new InternetGateway(region, id, attachedVpcId, newTags);
  }

  /** A copy attached to a VPC, or detached with an empty id. */
  public InternetGateway withAttachment(String vpcId) {
    return new InternetGateway(region, id, vpcId, tags);
  }
}
