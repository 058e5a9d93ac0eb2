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
    String pointer,
    List<String> availabilityZones,
    Optional<LaunchTemplateRef> launchTemplate,
    Optional<String> releaseVersion,
    Optional<NodeRepairSpec> nodeRepair,
    NodeIamSpec iam) {
  public NodeGroupSpec {
    instanceTypes = List.copyOf(instanceTypes);
    subnets = subnets.stream().sorted().toList();
    labels = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(labels));
    taints = taints.stream().sorted().toList();
    tags = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(tags));
    availabilityZones = List.copyOf(availabilityZones);
  }

  /** A group that sets none of the zone, launch template, release, repair or node IAM fields. */
  public NodeGroupSpec(
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
    this(
        name,
        instanceTypes,
        amiFamily,
        minSize,
        maxSize,
        desiredCapacity,
        volumeSize,
        spot,
        privateNetworking,
        subnets,
        labels,
        taints,
        tags,
        maxUnavailable,
        maxUnavailablePercentage,
        version,
        instanceRoleArn,
        pointer,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        NodeIamSpec.NONE);
  }

  /** A Kubernetes taint; the effect is in Kubernetes spelling ({@code NoSchedule}). */
  public record Taint(String key, String value, String effect) implements Comparable<Taint> {
    @Override
    public int compareTo(Taint o) {
      int c = key.compareTo(o.key);
      return c != 0 ? c : effect.compareTo(o.effect);
    }
  }

  /** An existing EC2 launch template the nodes are made from, at a version or its default. */
  public record LaunchTemplateRef(String id, Optional<String> version) {}
}
