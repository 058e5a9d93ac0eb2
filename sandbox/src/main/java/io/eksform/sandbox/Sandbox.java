package io.eksform.sandbox;

import com.sun.net.httpserver.HttpExchange;
import io.eksform.sandbox.dynamodb.DynamoDbApi;
import io.eksform.sandbox.dynamodb.DynamoDbTables;
import io.eksform.sandbox.ec2.Ec2Api;
import io.eksform.sandbox.eks.ClusterEvents;
import io.eksform.sandbox.eks.EksApi;
import io.eksform.sandbox.http.SandboxKeys;
import io.eksform.sandbox.http.SandboxServer;
import io.eksform.sandbox.http.ServiceApi;
import io.eksform.sandbox.http.TlsListener;
import io.eksform.sandbox.iam.IamApi;
import io.eksform.sandbox.kubernetes.KubernetesApi;
import io.eksform.sandbox.kubernetes.KubernetesStore;
import io.eksform.sandbox.scenario.KubernetesSeed;
import io.eksform.sandbox.scenario.Scenario;
import io.eksform.sandbox.scenario.ScenarioLoader;
import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.Cluster;
import io.eksform.sandbox.state.Durations;
import io.eksform.sandbox.state.Lifecycle;
import io.eksform.sandbox.state.StateFile;
import io.eksform.sandbox.sts.StsApi;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A local AWS account (EKS, EC2, IAM, STS, DynamoDB, and a Kubernetes API per cluster) on one HTTP
 * port, for the real AWS SDK clients: point them at {@link #endpoint()} with the sandbox's keys
 * ({@link SandboxKeys}): every call must be signed with them, as AWS checks its own. Every scenario
 * but {@code empty} starts with the on-demand DynamoDB table {@code eksform-locks} (partition key
 * {@code LockID}, a string) in the scenario's region, for {@code eksform apply --lock-table
 * eksform-locks}.
 *
 * <p>Start one with {@link #start(SandboxOptions)}. Commands that take {@code --sandbox} use {@link
 * #startEmbedded(Path)}: it listens on a free port of 127.0.0.1, seeds the {@code eksworkshop}
 * scenario the first time and keeps the account in {@code <dir>/sandbox-state.json} (pass the
 * project's {@code .eksform} directory), so later runs see what earlier runs changed. Then build
 * the SDK clients with {@code endpointOverride(sandbox.endpoint())}, region {@link #region()} and
 * static credentials, or export the environment of {@link #environment()}. Close it when done.
 *
 * <p>Each cluster's {@code endpoint} is {@code https://<host>:<tls port>/k8s/<cluster>} ({@link
 * #kubernetesBase()}), served with the sandbox's own certificate, which every cluster reports as
 * its {@code certificateAuthority}: Kubernetes clients (fabric8, kubectl) trust it as they trust an
 * EKS cluster's. The same API is also served in plain HTTP under {@code /k8s/} on the main port.
 */
public final class Sandbox implements AutoCloseable {
  /** The state file name {@link #startEmbedded(Path)} uses inside its directory. */
  public static final String EMBEDDED_STATE_FILE = "sandbox-state.json";

  private final SandboxServer server;
  private final TlsListener tls;
  private final Account account;
  private final String host;
  private final String region;
  private final long startedNanos;
  private final long readyNanos;
  private final Thread warmUp;

  private Sandbox(SandboxOptions options) {
    this.startedNanos = System.nanoTime();
    Lifecycle lifecycle = new Lifecycle(Durations.scaled(options.timeScale()), options.clock());
    Path stateFile = options.stateFile().orElse(null);
    if (stateFile != null) {
      checkWritable(stateFile);
    }
    KubernetesStore kubernetes;
    java.time.Duration termination = KubernetesStore.namespaceTermination(options.timeScale());
    DynamoDbTables tables;
    boolean fresh;
    if (stateFile != null && Files.isRegularFile(stateFile)) {
      StateFile.Loaded loaded = StateFile.load(stateFile);
      this.account = loaded.account();
      kubernetes =
          loaded.kubernetes() == null
              ? KubernetesStore.empty(termination)
              : KubernetesStore.fromJson(loaded.kubernetes(), termination);
      tables = loaded.dynamodb() == null ? null : DynamoDbTables.fromJson(loaded.dynamodb());
      fresh = false;
    } else {
      Scenario scenario = ScenarioLoader.load(options.scenario(), lifecycle.now());
      this.account = scenario.account();
      kubernetes = KubernetesStore.empty(termination);
      seedKubernetes(kubernetes, scenario.kubernetes());
      tables = options.scenario().equals("empty") ? DynamoDbTables.empty() : null;
      fresh = true;
    }
    this.region =
        account.scenarioRegion() != null
            ? account.scenarioRegion()
            : account.clusters().values().stream()
                .map(Cluster::region)
                .findFirst()
                .orElse("us-west-2");
    if (tables == null) {
      // Scenarios with clusters (and state files from before DynamoDB) start with the lock table.
      tables = DynamoDbTables.withLockTable(account.id(), region, lifecycle.now());
    }
    this.host =
        options.bindAddress().equals("0.0.0.0") || options.bindAddress().equals("::")
            ? "127.0.0.1"
            : options.bindAddress();
    LockedAccount guard =
        new LockedAccount(account, lifecycle, kubernetes, tables, options.stateFile());
    ClusterEvents events = kubernetesEvents(kubernetes);
    int[] tlsPort = new int[1];
    Map<String, ServiceApi> services =
        Map.of(
            "eks",
            new EksApi(
                account,
                lifecycle,
                c -> "https://" + hostForUrl() + ":" + tlsPort[0] + "/k8s/" + c.name(),
                events),
            "ec2",
            new Ec2Api(account, options.clock()),
            "iam",
            new IamApi(account, options.clock()),
            "sts",
            new StsApi(account),
            "dynamodb",
            new DynamoDbApi(tables, account.id(), options.clock()));
    this.server =
        new SandboxServer(
            new InetSocketAddress(options.bindAddress(), options.port()),
            services,
            guard,
            options.faults(),
            options.requestLog().orElse(null));
    KubernetesApi kubernetesApi = new KubernetesApi(kubernetes);
    CountDownLatch kubernetesReady = new CountDownLatch(1);
    com.sun.net.httpserver.HttpHandler kubernetesHandler =
        exchange -> {
          awaitQuietly(kubernetesReady);
          serveKubernetes(exchange, kubernetesApi, guard);
        };
    server.mount("/k8s/", kubernetesHandler);
    this.tls =
        new TlsListener(
            new InetSocketAddress(options.bindAddress(), 0),
            "/k8s/",
            io.eksform.sandbox.http.Origins.guard(kubernetesHandler));
    tlsPort[0] = tls.port();
    server.start();
    tls.start();
    this.readyNanos = System.nanoTime();
    this.warmUp =
        new Thread(
            () -> {
              try {
                for (Cluster c : account.clusters().values()) {
                  kubernetes.ensureCluster(c.name(), c.version());
                }
              } finally {
                kubernetesReady.countDown();
              }
              EksApi.warmUp();
              if (fresh) {
                guard.save();
              }
            },
            "sandbox-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
  }

  /**
   * Puts a scenario's namespaces and service accounts in its clusters before the server listens, so
   * a mistake in them stops the start with its message (scenarios without any keep the fast start:
   * their clusters are set up in the background).
   */
  private void seedKubernetes(KubernetesStore kubernetes, List<KubernetesSeed> seeds) {
    for (KubernetesSeed seed : seeds) {
      Cluster c =
          account.clusters().values().stream()
              .filter(x -> x.name().equals(seed.cluster()))
              .findFirst()
              .orElseThrow();
      kubernetes.ensureCluster(c.name(), c.version());
      for (KubernetesSeed.Namespace n : seed.namespaces()) {
        kubernetes.seedNamespace(c.name(), n.name(), n.labels());
      }
      for (KubernetesSeed.ServiceAccount a : seed.serviceAccounts()) {
        kubernetes.seedServiceAccount(
            c.name(), a.namespace(), a.name(), a.labels(), a.annotations());
      }
    }
  }

  private String hostForUrl() {
    return host.contains(":") ? "[" + host + "]" : host;
  }

  /** Fails at start, with a clear message, when the state file could not be written later. */
  private static void checkWritable(Path stateFile) {
    try {
      Path dir = stateFile.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Files.delete(Files.createTempFile(dir, ".sandbox-write-check", ".tmp"));
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          "cannot write the sandbox state file "
              + stateFile
              + " ("
              + e
              + "); choose another --state",
          e);
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ClusterEvents kubernetesEvents(KubernetesStore kubernetes) {
    return new ClusterEvents() {
      @Override
      public void created(Cluster cluster) {
        kubernetes.ensureCluster(cluster.name(), cluster.version());
        if (cluster.settings().bootstrapSelfManagedAddons()) {
          // EKS installs kube-proxy, CoreDNS and the VPC CNI as plain workloads unless told not
          // to; their service accounts are what the Kubernetes API here can show of them.
          for (String account : List.of("aws-node", "coredns", "kube-proxy")) {
            kubernetes.seedServiceAccount(
                cluster.name(), "kube-system", account, Map.of(), Map.of());
          }
        }
      }

      @Override
      public void deleted(Cluster cluster) {
        kubernetes.removeCluster(cluster.name());
      }
    };
  }

  private static void serveKubernetes(HttpExchange exchange, KubernetesApi api, LockedAccount guard)
      throws IOException {
    String raw = exchange.getRequestURI().getRawPath().substring("/k8s/".length());
    int slash = raw.indexOf('/');
    String cluster = slash < 0 ? raw : raw.substring(0, slash);
    String rest = slash < 0 ? "/" : raw.substring(slash);
    String query = exchange.getRequestURI().getRawQuery();
    try {
      api.handle(exchange, cluster, query == null ? rest : rest + "?" + query);
    } finally {
      // Also when the client has its answer and the connection closes under the handler (the
      // sandbox stopping right after a change): the change is made, so it is saved.
      if (!exchange.getRequestMethod().equals("GET")) {
        guard.save();
      }
    }
  }

  /** Starts a sandbox as the options say; fails with a clear message when the port is taken. */
  public static Sandbox start(SandboxOptions options) {
    return new Sandbox(options);
  }

  /**
   * Starts the sandbox other commands embed for {@code --sandbox}: a free port on 127.0.0.1, the
   * {@code eksworkshop} scenario on first use, demo-speed transitions and the account kept in
   * {@code stateDir/sandbox-state.json}.
   */
  public static Sandbox startEmbedded(Path stateDir) {
    return startEmbedded(stateDir, "eksworkshop");
  }

  /**
   * As {@link #startEmbedded(Path)}, seeded with {@code scenario} on first use (when {@code
   * stateDir} holds no account yet; an account kept there wins).
   */
  public static Sandbox startEmbedded(Path stateDir, String scenario) {
    return start(
        SandboxOptions.defaults()
            .withScenario(scenario)
            .withTimeScale(SandboxOptions.DEMO_TIME_SCALE)
            .withStateFile(stateDir.resolve(EMBEDDED_STATE_FILE)));
  }

  /** The URL every AWS client should use as its endpoint. */
  public URI endpoint() {
    return URI.create("http://" + hostForUrl() + ":" + server.port());
  }

  /** The bound port. */
  public int port() {
    return server.port();
  }

  /**
   * The scenario's region: its first cluster's, else the scenario's own (us-west-2 when it names
   * none).
   */
  public String region() {
    return region;
  }

  /** The account id. */
  public String accountId() {
    return account.id();
  }

  /** How long start-up took, in milliseconds. */
  public double startupMillis() {
    return (readyNanos - startedNanos) / 1e6;
  }

  /**
   * The environment a shell exports so that any AWS client talks to this sandbox ({@code
   * AWS_DEFAULT_REGION} too, for the AWS CLI v1).
   */
  public Map<String, String> environment() {
    return Map.of(
        "AWS_ENDPOINT_URL",
        endpoint().toString(),
        "AWS_REGION",
        region,
        "AWS_DEFAULT_REGION",
        region,
        "AWS_ACCESS_KEY_ID",
        SandboxKeys.ACCESS_KEY_ID,
        "AWS_SECRET_ACCESS_KEY",
        SandboxKeys.SECRET_ACCESS_KEY);
  }

  @Override
  public void close() {
    try {
      warmUp.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    tls.close();
    server.close();
  }

  /** Where the clusters' Kubernetes APIs listen: {@code https://<host>:<tls port>}. */
  public URI kubernetesBase() {
    return URI.create("https://" + hostForUrl() + ":" + tls.port());
  }
}
