package io.eksform.sandbox.state;

import java.util.Map;
import java.util.TreeMap;

/**
 * Everything one AWS account holds, in sorted tables keyed by region and name (EKS), id (EC2),
 * lower-case name (IAM roles, for case-insensitive uniqueness) or ARN. Not thread-safe by itself:
 * the server runs every operation while holding this object's monitor.
 */
public final class Account {
  private final String id;
  private final Map<String, Cluster> clusters = new TreeMap<>();
  private final Map<String, FargateProfile> fargateProfiles = new TreeMap<>();
  private final Map<String, Nodegroup> nodegroups = new TreeMap<>();
  private final Map<String, Addon> addons = new TreeMap<>();
  private final Map<String, AccessEntry> accessEntries = new TreeMap<>();
  private final Map<String, ClusterUpdate> updates = new TreeMap<>();
  private final Map<String, Vpc> vpcs = new TreeMap<>();
  private final Map<String, Subnet> subnets = new TreeMap<>();
  private final Map<String, RouteTable> routeTables = new TreeMap<>();
  private final Map<String, InternetGateway> internetGateways = new TreeMap<>();
  private final Map<String, NatGateway> natGateways = new TreeMap<>();
  private final Map<String, SecurityGroup> securityGroups = new TreeMap<>();
  private final Map<String, Address> addresses = new TreeMap<>();
  private final Map<String, LaunchTemplate> launchTemplates = new TreeMap<>();
  private final Map<String, Role> roles = new TreeMap<>();
  private final Map<String, ManagedPolicy> policies = new TreeMap<>();
  private final Map<String, OidcProvider> oidcProviders = new TreeMap<>();
  private final Map<String, IdempotentReply> idempotency = new TreeMap<>();
  private long nextTransitionAt;
  private String scenarioRegion;

  /** An empty account with the given 12-digit id. */
  public Account(String id) {
    if (!id.matches("\\d{12}")) {
      throw new IllegalArgumentException("an AWS account id has 12 digits, not '" + id + "'");
    }
    this.id = id;
  }

  /**
   * A reply remembered for a client request token, with a fingerprint of the parameters and when it
   * was given (absent in state files from before tokens expired: long expired).
   */
  public record IdempotentReply(String fingerprint, String body, Long at) {
    /** When the reply was given; 0 when the state file did not say. */
    public long givenAt() {
      return at == null ? 0 : at;
    }
  }

  /** Joins key parts with {@code /} (names cannot contain it). */
  public static String key(String... parts) {
    return String.join("/", parts);
  }

  /** The 12-digit account id. */
  public String id() {
    return id;
  }

  /** EKS clusters by {@code region/name}. */
  public Map<String, Cluster> clusters() {
    return clusters;
  }

  /** Fargate profiles by {@code region/cluster/name}. */
  public Map<String, FargateProfile> fargateProfiles() {
    return fargateProfiles;
  }

  /** Managed node groups by {@code region/cluster/name}. */
  public Map<String, Nodegroup> nodegroups() {
    return nodegroups;
  }

  /** Add-ons by {@code region/cluster/name}. */
  public Map<String, Addon> addons() {
    return addons;
  }

  /** EKS access entries by {@code region/cluster/principalArn}. */
  public Map<String, AccessEntry> accessEntries() {
    return accessEntries;
  }

  /** EKS updates by id. */
  public Map<String, ClusterUpdate> updates() {
    return updates;
  }

  /** VPCs by id. */
  public Map<String, Vpc> vpcs() {
    return vpcs;
  }

  /** Subnets by id. */
  public Map<String, Subnet> subnets() {
    return subnets;
  }

  /** Route tables by id. */
  public Map<String, RouteTable> routeTables() {
    return routeTables;
  }

  /** Internet gateways by id. */
  public Map<String, InternetGateway> internetGateways() {
    return internetGateways;
  }

  /** NAT gateways by id. */
  public Map<String, NatGateway> natGateways() {
    return natGateways;
  }

  /** Security groups by id. */
  public Map<String, SecurityGroup> securityGroups() {
    return securityGroups;
  }

  /** Elastic IP addresses by allocation id. */
  public Map<String, Address> addresses() {
    return addresses;
  }

  /** EC2 launch templates by id. */
  public Map<String, LaunchTemplate> launchTemplates() {
    return launchTemplates;
  }

  /** IAM roles by lower-case name. */
  public Map<String, Role> roles() {
    return roles;
  }

  /** IAM managed policies by ARN. */
  public Map<String, ManagedPolicy> policies() {
    return policies;
  }

  /** IAM OIDC providers by ARN. */
  public Map<String, OidcProvider> oidcProviders() {
    return oidcProviders;
  }

  /** Remembered replies by {@code operation/resource/token}. */
  public Map<String, IdempotentReply> idempotency() {
    return idempotency;
  }

  /** The earliest time a pending transition may end (0 = check on the next call). */
  long nextTransitionAt() {
    return nextTransitionAt;
  }

  void nextTransitionAt(long at) {
    nextTransitionAt = at;
  }

  /**
   * The region the account was set up in: its scenario's first cluster's (the tables are sorted, so
   * they cannot tell), or null when unknown (a state file written before it was kept).
   */
  public String scenarioRegion() {
    return scenarioRegion;
  }

  public void scenarioRegion(String region) {
    scenarioRegion = region;
  }

  /** Marks that a transition started, so the next call settles lifecycles again. */
  public void transitionsChanged() {
    nextTransitionAt = 0;
  }
}
