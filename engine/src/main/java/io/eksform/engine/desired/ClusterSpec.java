package io.eksform.engine.desired;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * What a ClusterConfig asks of one existing EKS cluster, in the terms the planner compares: the
 * cluster's own settings, the IAM OIDC provider, IRSA service accounts, Fargate profiles, managed
 * node groups and add-ons, and every value the file sets ({@code fields}), so that the plan can
 * account for each. Built from a loaded document by {@link DesiredState}.
 */
public record ClusterSpec(
    String name,
    String region,
    Optional<String> version,
    Map<String, String> tags,
    boolean withOidc,
    Optional<SortedSet<String>> logTypes,
    Optional<Boolean> endpointPublicAccess,
    Optional<Boolean> endpointPrivateAccess,
    Optional<String> fargatePodExecutionRoleArn,
    List<ServiceAccountSpec> serviceAccounts,
    List<FargateProfileSpec> fargateProfiles,
    List<NodeGroupSpec> managedNodeGroups,
    List<AddonSpec> addons,
    ConfigFields fields) {
  /** A cluster that asks for nothing: reading it reads what exists (used by export). */
  public static ClusterSpec named(String name, String region) {
    return new ClusterSpec(
        name,
        region,
        Optional.empty(),
        Map.of(),
        false,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        ConfigFields.NONE);
  }

  /** A cluster asked for by no file: nothing to account for beyond its parts (tests, export). */
  public ClusterSpec(
      String name,
      String region,
      Optional<String> version,
      Map<String, String> tags,
      boolean withOidc,
      Optional<SortedSet<String>> logTypes,
      Optional<Boolean> endpointPublicAccess,
      Optional<Boolean> endpointPrivateAccess,
      Optional<String> fargatePodExecutionRoleArn,
      List<ServiceAccountSpec> serviceAccounts,
      List<FargateProfileSpec> fargateProfiles,
      List<NodeGroupSpec> managedNodeGroups,
      List<AddonSpec> addons) {
    this(
        name,
        region,
        version,
        tags,
        withOidc,
        logTypes,
        endpointPublicAccess,
        endpointPrivateAccess,
        fargatePodExecutionRoleArn,
        serviceAccounts,
        fargateProfiles,
        managedNodeGroups,
        addons,
        ConfigFields.NONE);
  }

  /** eksctl's {@code DefaultVersion}: the Kubernetes version of a new cluster that names none. */
  public static final String DEFAULT_VERSION = "1.34";

  /**
   * The Kubernetes version a new cluster is created with: the config's, else (unset, {@code auto}
   * or {@code latest}) eksctl's default, the newest eksform knows.
   */
  public String createdVersion() {
    return version.filter(v -> !v.equals("auto") && !v.equals("latest")).orElse(DEFAULT_VERSION);
  }

  public ClusterSpec {
    tags = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(tags));
    serviceAccounts = List.copyOf(serviceAccounts);
    fargateProfiles = List.copyOf(fargateProfiles);
    managedNodeGroups = List.copyOf(managedNodeGroups);
    addons = List.copyOf(addons);
  }
}
