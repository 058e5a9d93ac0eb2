package io.eksform.engine.desired;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A managed node group as the ClusterConfig asks for it (the fields a plan compares). */
public record NodeGroupSpec(
    String name,
    List<String> instanceTypes,
    Optional<String> amiFamily,
    Optional<Integer> minSize,
    Optional<Integer> maxSize,
    Optional<Integer> desiredCapacity,
    Optional<Integer> volumeSize,
    boolean spot,
    boolean privateNetworking,
    List<String> subnets,
    Map<String, String> labels,
    List<Taint> taints,
    Map<String, String> tags,
    Optional<Integer> maxUnavailable,
    Optional<Integer> maxUnavailablePercentage,
    Optional<String> version,
    Optional<String> instanceRoleArn,
    String pointer) {
  public NodeGroupSpec {
    instanceTypes = List.copyOf(instanceTypes);
    subnets = subnets.stream().sorted().toList();
    labels = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(labels));
    taints = taints.stream().sorted().toList();
    tags = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(tags));
  }

  /** A Kubernetes taint; the effect is in Kubernetes spelling ({@code NoSchedule}). */
  public record Taint(String key, String value, String effect) implements Comparable<Taint> {
    @Override
    public int compareTo(Taint o) {
      int c = key.compareTo(o.key);
      return c != 0 ? c : effect.compareTo(o.effect);
    }
  }
}
