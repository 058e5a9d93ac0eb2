package io.eksform.sandbox.state;

import java.util.Map;

/**
 * An EC2 VPC with its DNS attributes (AWS's defaults for a new VPC: DNS support on, DNS hostnames
 * off).
 */
public record Vpc(
    String region,
    String id,
    String cidrBlock,
    boolean isDefault,
    Map<String, String> tags,
    Boolean enableDnsSupport,
    Boolean enableDnsHostnames) {

  /** Normalizes the tags to an immutable copy; a state file without DNS attributes has AWS's. */
  public Vpc {
    tags = Map.copyOf(tags);
    enableDnsSupport = enableDnsSupport == null || enableDnsSupport;
    enableDnsHostnames = enableDnsHostnames != null && enableDnsHostnames;
  }

  /** A VPC with AWS's default DNS attributes. */
  public Vpc(
      String region, String id, String cidrBlock, boolean isDefault, Map<String, String> tags) {
    this(region, id, cidrBlock, isDefault, tags, true, false);
  }

  /** A copy with other tags. */
  public Vpc withTags(Map<String, String> newTags) {
    return new Vpc(region, id, cidrBlock, isDefault, newTags, enableDnsSupport, enableDnsHostnames);
  }

  /** A copy with other DNS attributes. */
  public Vpc withDns(boolean support, boolean hostnames) {
    return new Vpc(region, id, cidrBlock, isDefault, tags, support, hostnames);
  }
}
