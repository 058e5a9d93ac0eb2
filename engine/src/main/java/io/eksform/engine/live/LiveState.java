package io.eksform.engine.live;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One immutable snapshot of everything a plan compares: the cluster, its OIDC provider, Fargate
 * profiles, managed node groups, add-ons, the IAM roles eksform found for them, the Kubernetes
 * namespaces and service accounts, the subnets of the cluster's VPC, the namespaces eksform created
 * with what they hold, the EC2 launch templates the config names, and the network eksform or eksctl
 * made for the cluster. {@code fingerprints} holds a digest of every object read, keyed by its
 * resource id, so that apply can tell whether the world changed since the plan. {@code
 * similarClusters} names, when EKS has no cluster of the config's name, the clusters of the region
 * whose name is close to it (a mistyped name would create a second cluster).
 */
public record LiveState(
    String accountId,
    String region,
    LiveCluster cluster,
    Optional<LiveOidcProvider> oidcProvider,
    List<LiveFargateProfile> fargateProfiles,
    List<LiveNodeGroup> nodeGroups,
    List<LiveAddon> addons,
    Map<String, LiveRole> roles,
    Set<String> namespaces,
    List<LiveServiceAccount> serviceAccounts,
    List<LiveSubnet> subnets,
    SortedMap<String, String> fingerprints,
    List<LiveNamespace> managedNamespaces,
    List<LiveLaunchTemplate> launchTemplates,
    LiveNetwork network,
    List<String> similarClusters) {
  /** A snapshot that names no cluster of a similar name. */
  public LiveState(
      String accountId,
      String region,
      LiveCluster cluster,
      Optional<LiveOidcProvider> oidcProvider,
      List<LiveFargateProfile> fargateProfiles,
      List<LiveNodeGroup> nodeGroups,
      List<LiveAddon> addons,
      Map<String, LiveRole> roles,
      Set<String> namespaces,
      List<LiveServiceAccount> serviceAccounts,
      List<LiveSubnet> subnets,
      SortedMap<String, String> fingerprints,
      List<LiveNamespace> managedNamespaces,
      List<LiveLaunchTemplate> launchTemplates,
      LiveNetwork network) {
    this(
        accountId,
        region,
        cluster,
        oidcProvider,
        fargateProfiles,
        nodeGroups,
        addons,
        roles,
        namespaces,
        serviceAccounts,
        subnets,
        fingerprints,
        managedNamespaces,
        launchTemplates,
        network,
        List.of());
  }

  /** A snapshot without the network eksform makes for a cluster (none read). */
  public LiveState(
      String accountId,
      String region,
      LiveCluster cluster,
      Optional<LiveOidcProvider> oidcProvider,
      List<LiveFargateProfile> fargateProfiles,
      List<LiveNodeGroup> nodeGroups,
      List<LiveAddon> addons,
      Map<String, LiveRole> roles,
      Set<String> namespaces,
      List<LiveServiceAccount> serviceAccounts,
      List<LiveSubnet> subnets,
      SortedMap<String, String> fingerprints,
      List<LiveNamespace> managedNamespaces,
      List<LiveLaunchTemplate> launchTemplates) {
    this(
        accountId,
        region,
        cluster,
        oidcProvider,
        fargateProfiles,
        nodeGroups,
        addons,
        roles,
        namespaces,
        serviceAccounts,
        subnets,
        fingerprints,
        managedNamespaces,
        launchTemplates,
        LiveNetwork.NONE);
  }

  /** A snapshot with no namespace eksform created and no launch template the config names. */
  public LiveState(
      String accountId,
      String region,
      LiveCluster cluster,
      Optional<LiveOidcProvider> oidcProvider,
      List<LiveFargateProfile> fargateProfiles,
      List<LiveNodeGroup> nodeGroups,
      List<LiveAddon> addons,
      Map<String, LiveRole> roles,
      Set<String> namespaces,
      List<LiveServiceAccount> serviceAccounts,
      List<LiveSubnet> subnets,
      SortedMap<String, String> fingerprints) {
    this(
        accountId,
        region,
        cluster,
        oidcProvider,
        fargateProfiles,
        nodeGroups,
        addons,
        roles,
        namespaces,
        serviceAccounts,
        subnets,
        fingerprints,
        List.of(),
        List.of(),
        LiveNetwork.NONE);
  }

  public LiveState {
    fargateProfiles = List.copyOf(fargateProfiles);
    nodeGroups = List.copyOf(nodeGroups);
    addons = List.copyOf(addons);
    roles = Map.copyOf(roles);
    namespaces = Set.copyOf(namespaces);
    serviceAccounts = List.copyOf(serviceAccounts);
    subnets = List.copyOf(subnets);
    fingerprints = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(fingerprints));
    managedNamespaces = List.copyOf(managedNamespaces);
    launchTemplates = List.copyOf(launchTemplates);
    network = network == null ? LiveNetwork.NONE : network;
    similarClusters = List.copyOf(similarClusters);
  }

  /**
   * This snapshot with {@code network} read as well, its objects fingerprinted so that a plan made
   * before one of them changed is refused.
   */
  public LiveState withNetwork(LiveNetwork network) {
    TreeMap<String, String> prints = new TreeMap<>(fingerprints);
    prints.putAll(NetworkFingerprints.of(cluster.name(), network));
    return new LiveState(
        accountId,
        region,
        cluster,
        oidcProvider,
        fargateProfiles,
        nodeGroups,
        addons,
        roles,
        namespaces,
        serviceAccounts,
        subnets,
        prints,
        managedNamespaces,
        launchTemplates,
        network,
        similarClusters);
  }

  /** The launch template of that id, when the config names it and EC2 has it. */
  public Optional<LiveLaunchTemplate> launchTemplate(String id) {
    return launchTemplates.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  public Optional<LiveFargateProfile> fargateProfile(String name) {
    return fargateProfiles.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  public Optional<LiveNodeGroup> nodeGroup(String name) {
    return nodeGroups.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  public Optional<LiveAddon> addon(String name) {
    return addons.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  public Optional<LiveServiceAccount> serviceAccount(String namespace, String name) {
    return serviceAccounts.stream()
        .filter(s -> s.namespace().equals(namespace) && s.name().equals(name))
        .findFirst();
  }

  public Optional<LiveRole> roleByArn(String arn) {
    return roles.values().stream().filter(r -> r.arn().equals(arn)).findFirst();
  }

  /** The namespaces Kubernetes makes on every cluster, there as soon as a new cluster is. */
  public static final Set<String> BUILT_IN_NAMESPACES =
      Set.of("default", "kube-system", "kube-public", "kube-node-lease");

  /**
   * True when the cluster has the namespace, or will have it as soon as it exists (a cluster this
   * plan creates comes with Kubernetes' own namespaces).
   */
  public boolean hasNamespace(String namespace) {
    return namespaces.contains(namespace)
        || (cluster.pending() && BUILT_IN_NAMESPACES.contains(namespace));
  }

  /** The private subnets among the cluster's subnets, sorted by id. */
  public List<String> privateClusterSubnets() {
    return subnets.stream()
        .filter(LiveSubnet::isPrivate)
        .filter(s -> cluster.subnetIds().contains(s.id()))
        .map(LiveSubnet::id)
        .sorted()
        .toList();
  }
}
