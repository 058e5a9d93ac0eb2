package io.eksform.engine.live;

import io.eksform.engine.desired.Selector;
import java.util.List;
import java.util.Map;

/** A Fargate profile as DescribeFargateProfile reports it. */
public record LiveFargateProfile(
    String name,
    String arn,
    String status,
    List<Selector> selectors,
    List<String> subnets,
    String podExecutionRoleArn,
    Map<String, String> tags) {
  public LiveFargateProfile {
    selectors = List.copyOf(selectors);
    subnets = subnets.stream().sorted().toList();
    tags = Map.copyOf(tags);
  }
}
