package io.eksform.engine.live;

import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.aws.AwsErrors;
import io.eksform.engine.aws.EksToken;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.ConfigVpc;
import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.desired.NodeGroupSpec;
import io.eksform.engine.desired.ServiceAccountSpec;
import io.eksform.engine.kube.KubeClients;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Takes one {@link LiveState} snapshot for a desired cluster: who we are (STS) and the cluster
 * first, then everything else in parallel on a bounded pool: the OIDC provider, Fargate profiles,
 * node groups, add-ons (each described in parallel), subnets and route tables, the IAM roles
 * eksform created for the cluster, Kubernetes namespaces and service accounts, the launch templates
 * the node groups name, the network eksform or eksctl made for the cluster (when the config names
 * no VPC), and finally the IAM roles those point to. The cluster's Kubernetes API is read when the
 * config names service accounts or the cluster has an IAM OIDC provider (IRSA service accounts,
 * which eksform may have to delete, cannot work without one): then also the service accounts and
 * namespaces eksform created, found by its label.
 */
public final class LiveReader {
  private final AwsClients aws;
  private final int parallelism;

  public LiveReader(AwsClients aws, int parallelism) {
    this.aws = aws;
    this.parallelism = parallelism;
  }

  public LiveState read(ClusterSpec desired) {
    return read(desired, false);
  }

  /**
   * As {@link #read(ClusterSpec)}; with {@code wholeCluster} (a plan that destroys the cluster)
   * also every IAM role the cluster's node groups, Fargate profiles, add-ons and service accounts
   * run with, and eksctl's IRSA roles of the cluster, whatever the config names: each is deleted or
   * named as left.
   */
  public LiveState read(ClusterSpec desired, boolean wholeCluster) {
    ExecutorService pool = Executors.newFixedThreadPool(parallelism, daemonThreads());
    try {
      return read(desired, wholeCluster, pool);
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    } finally {
      pool.shutdownNow();
    }
  }

  private LiveState read(ClusterSpec desired, boolean wholeCluster, ExecutorService pool) {
    EksReader eks = new EksReader(aws);
    IamReader iam = new IamReader(aws);
    String name = desired.name();
    var accountF =
        async(
            pool,
            () ->
                AwsErrors.call(
                    "sts:GetCallerIdentity",
                    aws.target(),
                    () -> aws.sts().getCallerIdentity().account()));
    var clusterF = async(pool, () -> eks.cluster(name));
    String account = accountF.join();
    LiveCluster described = clusterF.join();
    // A cluster EKS does not have yet runs nothing: only its subnets, those the config gives it,
    // are read, so that what the plan creates on it is placed as it will be.
    ConfigVpc configVpc = ConfigVpc.of(desired.fields());
    LiveCluster cluster =
        described.exists() ? described : described.placedIn(configVpc.subnetIds());
    List<String> similar = described.exists() ? List.of() : eks.similarClusters(name);

    var oidcF =
        async(
            pool,
            () -> cluster.issuerHostPath().flatMap(issuer -> iam.oidcProvider(account, issuer)));
    // A cluster still CREATING has nothing on it yet either.
    boolean exists = !cluster.pending();
    var profilesF =
        listThenDescribe(
            pool,
            () -> exists ? eks.fargateProfileNames(name) : List.<String>of(),
            n -> eks.fargateProfile(name, n));
    var nodeGroupsF =
        listThenDescribe(
            pool,
            () -> exists ? eks.nodeGroupNames(name) : List.<String>of(),
            n -> eks.nodeGroup(name, n));
    var addonsF =
        listThenDescribe(
            pool,
            () -> exists ? addonNamesUnlessUnsupported(eks, desired) : List.<String>of(),
            n -> eks.addon(name, n));
    String vpcId = exists ? cluster.vpcId() : configVpc.id().orElse("");
    var subnetsF = async(pool, () -> new NetworkReader(aws).subnets(vpcId, cluster.subnetIds()));
    var eksformRolesF = async(pool, () -> iam.roleNames(ManagedNames.ROLE_PATH, ""));
    var kubeF =
        desired.serviceAccounts().isEmpty()
            ? oidcF.thenApplyAsync(
                oidc -> oidc.isPresent() ? readKubernetes(cluster, desired) : KubeSnapshot.NONE,
                pool)
            : async(pool, () -> readKubernetes(cluster, desired));
    var templatesF = launchTemplates(pool, desired);
    // The network eksform makes exists only for a config that names no VPC; zones are chosen only
    // for a cluster still to be created.
    var networkF =
        desired.fields().value("/vpc/id").isPresent()
            ? CompletableFuture.completedFuture(LiveNetwork.NONE)
            : async(pool, () -> new OwnedNetworkReader(aws).read(name, !cluster.exists()));

    // Roles known by name are read at once; those named only by a service account's annotation
    // wait for the Kubernetes read.
    Map<String, CompletableFuture<Optional<LiveRole>>> roleFutures = new TreeMap<>();
    for (String role : wantedRoleNames(desired, List.of())) {
      roleFutures.put(role, iam.role(role, pool));
    }
    if (!exists) {
      // The role a new cluster is to run with: the config's, which must exist, or eksform's.
      String clusterRole =
          desired
              .fields()
              .value("/iam/serviceRoleARN")
              .map(LiveReader::roleNameOf)
              .orElse(ManagedNames.clusterRole(name));
      roleFutures.computeIfAbsent(clusterRole, r -> iam.role(r, pool));
    }
    // Roles under eksform's path named for this cluster are read whole; any other one there (a
    // service account's roleName, or another cluster's) only when its tags say it is this
    // cluster's.
    String ownPrefix = "eksform-" + name + "-";
    Map<String, CompletableFuture<Optional<LiveRole>>> taggedFutures = new TreeMap<>();
    for (String role : eksformRolesF.join()) {
      if (role.startsWith(ownPrefix)) {
        roleFutures.computeIfAbsent(role, r -> iam.role(r, pool));
      } else if (!roleFutures.containsKey(role)) {
        taggedFutures.put(role, iam.roleCreatedFor(name, role, pool));
      }
    }
    // An add-on that gets its IAM role from its policies may already run with one (eksctl's).
    for (LiveAddon a : addonsF.join()) {
      boolean wanted =
          wholeCluster
              || desired.addons().stream()
                  .anyMatch(s -> s.name().equals(a.name()) && s.hasRolePolicies());
      if (wanted) {
        a.serviceAccountRoleArn()
            .ifPresent(arn -> roleFutures.computeIfAbsent(roleNameOf(arn), r -> iam.role(r, pool)));
      }
    }
    KubeSnapshot kube = kubeF.join();
    for (String role : wantedRoleNames(desired, kube.serviceAccounts())) {
      roleFutures.computeIfAbsent(role, r -> iam.role(r, pool));
    }
    if (wholeCluster) {
      for (LiveServiceAccount sa : kube.serviceAccounts()) {
        String arn = sa.annotations().getOrDefault("eks.amazonaws.com/role-arn", "");
        if (arn.contains(":role/")) {
          roleFutures.computeIfAbsent(roleNameOf(arn), r -> iam.role(r, pool));
        }
      }
      for (LiveFargateProfile p : profilesF.join()) {
        if (p.podExecutionRoleArn().contains(":role/")) {
          roleFutures.computeIfAbsent(roleNameOf(p.podExecutionRoleArn()), r -> iam.role(r, pool));
        }
      }
    }
    // A destroy stopped part way may have deleted what named an eksctl role, but not the role:
    // every role of eksctl's stacks for the cluster is read, and its tags tell what it was for.
    String eksctlPrefix =
        wholeCluster ? eksctlRolePrefix(name) : eksctlServiceAccountRolePrefix(name);
    if (wholeCluster || needsEksctlServiceAccountRoles(desired, kube.serviceAccounts())) {
      for (String role : iam.roleNames("/", eksctlPrefix)) {
        roleFutures.computeIfAbsent(role, r -> iam.role(r, pool));
      }
    }
    // The role a node group of the config runs with: a plan keeps it, or deletes it once the group
    // moves to another role.
    List<LiveNodeGroup> nodeGroups = nodeGroupsF.join();
    for (LiveNodeGroup ng : nodeGroups) {
      if ((wholeCluster || named(desired, ng)) && ng.nodeRole().contains(":role/")) {
        roleFutures.computeIfAbsent(roleNameOf(ng.nodeRole()), r -> iam.role(r, pool));
      }
    }

    if (cluster.roleArn().contains(":role/")) {
      // The role the cluster runs with, by its tags (who made it) unless read whole for another
      // reason: destroying the cluster deletes it when eksform or eksctl made it.
      roleFutures.computeIfAbsent(
          roleNameOf(cluster.roleArn()), r -> iam.roleWithoutPolicies(r, pool));
    }

    Map<String, LiveRole> roles = new TreeMap<>();
    TreeMap<String, String> fingerprints = new TreeMap<>();
    roleFutures.forEach(
        (role, f) -> {
          Optional<LiveRole> found = f.join();
          found.ifPresent(r -> roles.put(role, r));
          fingerprints.put("iam:role/" + role, Fingerprints.of(found.orElse(null)));
        });
    taggedFutures.forEach(
        (role, f) ->
            f.join()
                .ifPresent(
                    r -> {
                      if (!roles.containsKey(role)) {
                        roles.put(role, r);
                        fingerprints.put("iam:role/" + role, Fingerprints.of(r));
                      }
                    }));
    Optional<LiveOidcProvider> oidc = oidcF.join();
    List<LiveFargateProfile> profiles = profilesF.join();
    List<LiveAddon> addons = addonsF.join();
    List<LiveLaunchTemplate> templates = new ArrayList<>();
    templatesF.forEach(
        (id, f) -> {
          Optional<LiveLaunchTemplate> found = f.join();
          found.ifPresent(templates::add);
          fingerprints.put("ec2:launch-template/" + id, Fingerprints.of(found.orElse(null)));
        });
    List<LiveSubnet> subnets = subnetsF.join();

    fingerprints.put("eks:cluster/" + name, Fingerprints.of(cluster.withoutConnection()));
    fingerprints.put("iam:oidc-provider", Fingerprints.of(oidc.orElse(null)));
    profiles.forEach(p -> fingerprints.put("eks:fargateprofile/" + p.name(), Fingerprints.of(p)));
    nodeGroups.forEach(n -> fingerprints.put("eks:nodegroup/" + n.name(), Fingerprints.of(n)));
    addons.forEach(a -> fingerprints.put("eks:addon/" + a.name(), Fingerprints.of(a)));
    for (var fp : desired.fargateProfiles()) {
      fingerprints.putIfAbsent("eks:fargateprofile/" + fp.name(), Fingerprints.ABSENT);
    }
    for (var ng : desired.managedNodeGroups()) {
      fingerprints.putIfAbsent("eks:nodegroup/" + ng.name(), Fingerprints.ABSENT);
    }
    for (var a : desired.addons()) {
      fingerprints.putIfAbsent("eks:addon/" + a.name(), Fingerprints.ABSENT);
    }
    // What eksform created and may delete: its service accounts as they are, its namespaces by
    // what decides whether they are empty (pods come and go without staling a plan).
    for (LiveServiceAccount sa : kube.serviceAccounts()) {
      if (ManagedNames.labelledByEksform(sa.labels())) {
        fingerprints.put("k8s:serviceaccount/" + sa.key(), Fingerprints.of(sa));
      }
    }
    for (LiveNamespace ns : kube.managedNamespaces()) {
      fingerprints.put(
          "k8s:namespace/" + ns.name(),
          Fingerprints.of(
              List.of(ns.name(), ns.terminating(), ns.serviceAccounts(), ns.pods() > 0)));
    }
    for (ServiceAccountSpec sa : desired.serviceAccounts()) {
      fingerprints.put(
          "k8s:namespace/" + sa.namespace(),
          kube.namespaces().contains(sa.namespace()) ? "present" : Fingerprints.ABSENT);
      fingerprints.put(
          "k8s:serviceaccount/" + sa.key(),
          Fingerprints.of(
              kube.serviceAccounts().stream()
                  .filter(s -> s.key().equals(sa.key()))
                  .findFirst()
                  .orElse(null)));
    }
    return new LiveState(
            account,
            aws.target().region(),
            cluster,
            oidc,
            profiles,
            nodeGroups,
            addons,
            roles,
            kube.namespaces(),
            kube.serviceAccounts(),
            subnets,
            fingerprints,
            kube.managedNamespaces(),
            templates,
            LiveNetwork.NONE,
            similar)
        .withNetwork(networkF.join());
  }

  /** Each launch template the config's node groups name, with the versions they ask for. */
  private Map<String, CompletableFuture<Optional<LiveLaunchTemplate>>> launchTemplates(
      ExecutorService pool, ClusterSpec desired) {
    Map<String, Set<String>> versions = new TreeMap<>();
    for (NodeGroupSpec ng : desired.managedNodeGroups()) {
      ng.launchTemplate()
          .ifPresent(
              t -> {
                Set<String> of = versions.computeIfAbsent(t.id(), k -> new TreeSet<>());
                t.version().ifPresent(of::add);
              });
    }
    LaunchTemplateReader reader = new LaunchTemplateReader(aws);
    Map<String, CompletableFuture<Optional<LiveLaunchTemplate>>> out = new TreeMap<>();
    versions.forEach((id, wanted) -> out.put(id, async(pool, () -> reader.read(id, wanted))));
    return out;
  }

  /** True when the live group is one of the config's, by its name or eksform's resource tag. */
  private static boolean named(ClusterSpec desired, LiveNodeGroup ng) {
    String tag = ng.tags().getOrDefault(ManagedNames.TAG_RESOURCE, "");
    return desired.managedNodeGroups().stream()
        .anyMatch(s -> s.name().equals(ng.name()) || tag.equals("managed_nodegroup." + s.name()));
  }

  private record KubeSnapshot(
      Set<String> namespaces,
      List<LiveServiceAccount> serviceAccounts,
      List<LiveNamespace> managedNamespaces) {
    static final KubeSnapshot NONE = new KubeSnapshot(Set.of(), List.of(), List.of());
  }

  private KubeSnapshot readKubernetes(LiveCluster cluster, ClusterSpec desired) {
    if (cluster.endpoint().isEmpty() || cluster.pending()) {
      // A cluster still being created has no Kubernetes API to read yet.
      return KubeSnapshot.NONE;
    }
    Set<String> wanted = new TreeSet<>();
    // A roleOnly service account is read too: the plan says when one it no longer manages exists.
    desired.serviceAccounts().forEach(sa -> wanted.add(sa.namespace()));
    String token = EksToken.create(aws, cluster.name());
    try (KubernetesClient client =
        KubeClients.forCluster(cluster.endpoint(), cluster.certificateAuthority(), token)) {
      KubernetesReader reader = new KubernetesReader(client, cluster.name());
      Set<String> namespaces = reader.namespaces();
      List<String> existing = wanted.stream().filter(namespaces::contains).toList();
      Map<String, LiveServiceAccount> accounts = new TreeMap<>();
      reader.serviceAccounts(existing).forEach(sa -> accounts.put(sa.key(), sa));
      reader.serviceAccountsEksformCreated().forEach(sa -> accounts.putIfAbsent(sa.key(), sa));
      return new KubeSnapshot(
          namespaces, List.copyOf(accounts.values()), reader.namespacesEksformCreated());
    }
  }

  /**
   * The cluster's add-ons. Some AWS emulators do not implement ListAddons at all (a bare 404); when
   * the config names no add-ons, that endpoint simply has none to compare.
   */
  private static List<String> addonNamesUnlessUnsupported(EksReader eks, ClusterSpec desired) {
    try {
      return eks.addonNames(desired.name());
    } catch (software.amazon.awssdk.services.eks.model.EksException e) {
      // The cluster was just described, so a 404 that is not EKS's modeled ResourceNotFound
      // means the endpoint does not know the operation.
      boolean unsupported =
          e.statusCode() == 404
              && !(e
                  instanceof software.amazon.awssdk.services.eks.model.ResourceNotFoundException);
      if (unsupported && desired.addons().isEmpty()) {
        return List.of();
      }
      throw e;
    }
  }

  /**
   * The roles a plan must know: per service account and add-on, the pod execution roles, and the
   * node roles the config names.
   */
  private static Set<String> wantedRoleNames(
      ClusterSpec desired, List<LiveServiceAccount> liveAccounts) {
    Set<String> out = new TreeSet<>();
    for (ServiceAccountSpec sa : desired.serviceAccounts()) {
      if (sa.attachRoleArn().isPresent()) {
        out.add(roleNameOf(sa.attachRoleArn().get()));
        continue;
      }
      out.add(
          sa.roleName()
              .orElse(ManagedNames.serviceAccountRole(desired.name(), sa.namespace(), sa.name())));
      liveAccounts.stream()
          .filter(s -> s.key().equals(sa.key()))
          .map(s -> s.annotations().get("eks.amazonaws.com/role-arn"))
          .filter(arn -> arn != null && arn.contains(":role/"))
          .forEach(arn -> out.add(roleNameOf(arn)));
    }
    for (var addon : desired.addons()) {
      if (addon.hasRolePolicies()) {
        out.add(ManagedNames.addonRole(desired.name(), addon.name()));
      }
    }
    for (NodeGroupSpec ng : desired.managedNodeGroups()) {
      ng.iam().instanceRoleName().ifPresent(out::add);
    }
    if (!desired.fargateProfiles().isEmpty()) {
      out.add(ManagedNames.podExecutionRole(desired.name()));
      desired.fargatePodExecutionRoleArn().ifPresent(arn -> out.add(roleNameOf(arn)));
      desired
          .fargateProfiles()
          .forEach(p -> p.podExecutionRoleArn().ifPresent(arn -> out.add(roleNameOf(arn))));
    }
    return out;
  }

  /**
   * True when a service account of the config that eksform would give its own role has no live
   * Kubernetes service account pointing at one: eksctl may have made its role (a roleOnly service
   * account), found only by eksctl's role names and tags.
   */
  private static boolean needsEksctlServiceAccountRoles(
      ClusterSpec desired, List<LiveServiceAccount> liveAccounts) {
    return desired.serviceAccounts().stream()
        .filter(sa -> sa.attachRoleArn().isEmpty() && sa.roleName().isEmpty())
        .anyMatch(
            sa ->
                liveAccounts.stream()
                    .noneMatch(
                        a ->
                            a.key().equals(sa.key())
                                && a.annotations().containsKey("eks.amazonaws.com/role-arn")));
  }

  /**
   * The start of the names CloudFormation gives the roles of eksctl's stacks for a cluster ({@code
   * eksctl-<cluster>-...}, the IRSA roles {@code eksctl-<cluster>-addon-iamserviceac-Role1-...}):
   * the stack name is cut to fit IAM's 64 characters, so only its first characters are certain.
   */
  static String eksctlRolePrefix(String cluster) {
    String stack = "eksctl-" + cluster + "-";
    return stack.substring(0, Math.min(stack.length(), 40));
  }

  /** As {@link #eksctlRolePrefix}, for the roles of eksctl's IRSA stacks alone. */
  static String eksctlServiceAccountRolePrefix(String cluster) {
    String stack = "eksctl-" + cluster + "-addon-iamserviceac";
    return stack.substring(0, Math.min(stack.length(), 40));
  }

  /** The role name at the end of a role ARN ({@code arn:aws:iam::1:role/path/name}). */
  public static String roleNameOf(String arn) {
    return arn.substring(arn.lastIndexOf('/') + 1);
  }

  private <T> CompletableFuture<List<T>> listThenDescribe(
      ExecutorService pool,
      Supplier<List<String>> list,
      java.util.function.Function<String, T> describe) {
    return async(pool, list).thenCompose(names -> describeAll(pool, names, describe));
  }

  private <T> CompletableFuture<List<T>> describeAll(
      ExecutorService pool, List<String> names, java.util.function.Function<String, T> describe) {
    List<CompletableFuture<T>> each = new ArrayList<>();
    for (String n : names) {
      each.add(async(pool, () -> describe.apply(n)));
    }
    return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
        .thenApply(v -> each.stream().map(CompletableFuture::join).toList());
  }

  private static <T> CompletableFuture<T> async(ExecutorService pool, Supplier<T> work) {
    return CompletableFuture.supplyAsync(work, pool);
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    return r -> {
      Thread t = new Thread(r, "eksform-live-read");
      t.setDaemon(true);
      return t;
    };
  }
}
