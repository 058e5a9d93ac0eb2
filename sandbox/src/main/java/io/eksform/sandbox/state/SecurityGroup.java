package io.eksform.sandbox.state;

import java.util.List;
import java.util.Map;

/** An EC2 security group with its ingress and egress rules. */
public record SecurityGroup(
    String region,
    String id,
    String vpcId,
    String name,
    String description,
    Map<String, String> tags,
    List<SecurityGroupRule> ingress,
    List<SecurityGroupRule> egress) {

  /**
   * Normalizes collections to immutable copies; a state file written before rules were kept gives
   * the group AWS's defaults (no ingress, all egress).
   */
  public SecurityGroup {
    tags = Map.copyOf(tags);
    ingress = ingress == null ? List.of() : List.copyOf(ingress);
    egress =
        egress == null
            ? List.of(SecurityGroupRule.allTrafficOut(Ids.derived("sgr", id + "/egress")))
            : List.copyOf(egress);
  }

  /** A group with AWS's default rules for a new group: no ingress, all traffic out. */
  public SecurityGroup(
      String region,
      String id,
      String vpcId,
      String name,
      String description,
      Map<String, String> tags) {
    this(region, id, vpcId, name, description, tags, null, null);
  }

  /** Whether this is its VPC's default group, which cannot be deleted. */
  public boolean isDefault() {
    return name.equals("default");
  }

  /** A copy with other tags. */
  public SecurityGroup withTags(Map<String, String> newTags) {
    return new SecurityGroup(region, id, vpcId, name, description, newTags, ingress, egress);
  }

  /** A copy with other rules. */
  public SecurityGroup withRules(
      List<SecurityGroupRule> newIngress, List<SecurityGroupRule> newEgress) {
    return new SecurityGroup(region, id, vpcId, name, description, tags, newIngress, newEgress);
  }
}
