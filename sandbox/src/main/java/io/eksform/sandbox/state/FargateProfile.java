package io.eksform.sandbox.state;

import java.util.List;
import java.util.Map;

/** A Fargate profile as stored; immutable in AWS except for its tags. */
public record FargateProfile(
    String region,
    String clusterName,
    String name,
    String arn,
    String podExecutionRoleArn,
    List<String> subnets,
    List<Selector> selectors,
    Map<String, String> tags,
    Phase phase,
    long createdAt,
    long since) {

  /** Normalizes collections to immutable copies. */
  public FargateProfile {
    subnets = List.copyOf(subnets);
    selectors = List.copyOf(selectors);
    tags = Map.copyOf(tags);
  }

  /** The key of this profile in the account. */
  public String key() {
    return Account.key(region, clusterName, name);
  }

  /** A copy in another phase, starting at {@code at}. */
  public FargateProfile withPhase(Phase newPhase, long at) {
    return new FargateProfile(
        region,
        clusterName,
        name,
        arn,
        podExecutionRoleArn,
        subnets,
        selectors,
        tags,
        newPhase,
        createdAt,
        at);
  }

  /** A copy with other tags. */
  public FargateProfile withTags(Map<String, String> newTags) {
    return new FargateProfile(
        region,
        clusterName,
        name,
        arn,
        podExecutionRoleArn,
        subnets,
        selectors,
        newTags,
        phase,
        createdAt,
        since);
  }
}
