package io.eksform.engine.live;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One EC2 object of a cluster's network (a VPC, subnet, internet gateway, elastic IP, NAT gateway,
 * route table or security group), found by its ownership tags: its address type, its id, the VPC it
 * lives in ("" for an elastic IP), its tags, and the facts a plan compares, as text ({@code cidr},
 * {@code zone}, {@code routes}...).
 */
public record LiveNetworkObject(
    String type,
    String id,
    String vpcId,
    Map<String, String> tags,
    SortedMap<String, String> facts) {
  public LiveNetworkObject {
    tags = Map.copyOf(tags);
    facts = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(facts));
  }

  /** The fact of that name, or "" when EC2 reported none. */
  public String fact(String name) {
    return facts.getOrDefault(name, "");
  }

  /** The value of the tag, or "". */
  public String tag(String key) {
    return tags.getOrDefault(key, "");
  }
}
