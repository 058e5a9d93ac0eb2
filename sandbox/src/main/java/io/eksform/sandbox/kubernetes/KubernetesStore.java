package io.eksform.sandbox.kubernetes;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The Kubernetes objects of every sandbox cluster, by cluster name; safe for concurrent use. */
public final class KubernetesStore {
  /** Roughly how long Kubernetes takes to remove an empty namespace once it is deleted. */
  public static final Duration REALISTIC_NAMESPACE_TERMINATION = Duration.ofSeconds(5);

  private final Map<String, ClusterObjects> clusters = new ConcurrentSkipListMap<>();
  private final Clock clock;
  private final Duration termination;

  private KubernetesStore(Clock clock, Duration termination) {
    this.clock = clock;
    this.termination = termination;
  }

  /**
   * A store with no clusters, stamping objects with the system clock; a deleted namespace is gone
   * from the next request on.
   */
  public static KubernetesStore empty() {
    return empty(Duration.ZERO);
  }

  /**
   * A store with no clusters whose deleted namespaces stay {@code Terminating} for {@code
   * namespaceTermination} before they and their content are gone.
   */
  public static KubernetesStore empty(Duration namespaceTermination) {
    return new KubernetesStore(Clock.systemUTC(), namespaceTermination);
  }

  /** A store with no clusters whose creation and deletion timestamps come from {@code clock}. */
  static KubernetesStore empty(Clock clock) {
    return new KubernetesStore(clock, Duration.ZERO);
  }

  /** The realistic namespace termination time multiplied by {@code timeScale}. */
  public static Duration namespaceTermination(double timeScale) {
    return Duration.ofMillis(Math.round(REALISTIC_NAMESPACE_TERMINATION.toMillis() * timeScale));
  }

  /**
   * Creates the cluster's API objects when it has none yet: the namespaces default, kube-system,
   * kube-public and kube-node-lease, each with its {@code default} service account.
   */
  public void ensureCluster(String clusterName) {
    clusters.computeIfAbsent(clusterName, name -> ClusterObjects.seeded(clock, termination));
  }

  /**
   * As {@link #ensureCluster(String)}, and records the cluster's Kubernetes version (such as
   * "1.32"), which {@code /version} reports.
   */
  public void ensureCluster(String clusterName, String kubernetesVersion) {
    clusters
        .computeIfAbsent(clusterName, name -> ClusterObjects.seeded(clock, termination))
        .kubernetesVersion(kubernetesVersion);
  }

  /**
   * Puts a namespace in a cluster as a scenario seeds it: created, or given these labels when it
   * exists. The cluster must have been ensured; invalid names fail with IllegalArgumentException.
   */
  public void seedNamespace(String clusterName, String name, Map<String, String> labels) {
    ObjectNode body = Json.object().put("apiVersion", "v1").put("kind", "Namespace");
    ObjectNode metadata = Json.child(body, "metadata").put("name", name);
    labels(metadata, "labels", labels);
    seed(clusterName, Kind.NAMESPACE, "", name, body);
  }

  /**
   * Puts a service account in a cluster as a scenario seeds it (its namespace must exist), with
   * labels and annotations.
   */
  public void seedServiceAccount(
      String clusterName,
      String namespace,
      String name,
      Map<String, String> labels,
      Map<String, String> annotations) {
    ObjectNode body = Json.object().put("apiVersion", "v1").put("kind", "ServiceAccount");
    ObjectNode metadata =
        Json.child(body, "metadata").put("name", name).put("namespace", namespace);
    labels(metadata, "labels", labels);
    labels(metadata, "annotations", annotations);
    seed(clusterName, Kind.SERVICE_ACCOUNT, namespace, name, body);
  }

  private static void labels(ObjectNode metadata, String field, Map<String, String> values) {
    if (!values.isEmpty()) {
      ObjectNode node = Json.child(metadata, field);
      new TreeMap<>(values).forEach(node::put);
    }
  }

  private void seed(String clusterName, Kind kind, String namespace, String name, ObjectNode body) {
    ClusterObjects cluster = clusters.get(clusterName);
    if (cluster == null) {
      throw new IllegalArgumentException(
          "the scenario puts "
              + kind.resource()
              + " in cluster "
              + clusterName
              + ", which it lacks");
    }
    try {
      cluster.apply(kind, namespace, name, body, false);
    } catch (ApiException e) {
      throw new IllegalArgumentException(
          "the scenario's "
              + kind.kindName()
              + " "
              + (namespace.isEmpty() ? name : namespace + "/" + name)
              + " in cluster "
              + clusterName
              + " is not valid: "
              + e.getMessage(),
          e);
    }
  }

  public boolean hasCluster(String clusterName) {
    return clusters.containsKey(clusterName);
  }

  /** Forgets a cluster's objects, as deleting an EKS cluster does. */
  public void removeCluster(String clusterName) {
    clusters.remove(clusterName);
  }

  Optional<ClusterObjects> cluster(String clusterName) {
    return Optional.ofNullable(clusters.get(clusterName));
  }

  /** The whole store as JSON: {@code {"clusters": {name: {resourceVersion, namespaces, ...}}}}. */
  public JsonNode toJson() {
    ObjectNode json = Json.object();
    ObjectNode byName = json.putObject("clusters");
    clusters.forEach((name, cluster) -> byName.set(name, cluster.toJson()));
    return json;
  }

  /** Reads what {@link #toJson()} wrote; a malformed document raises IllegalArgumentException. */
  public static KubernetesStore fromJson(JsonNode json) {
    return fromJson(json, Duration.ZERO);
  }

  /** As {@link #fromJson(JsonNode)}, with the namespace termination time of {@link #empty}. */
  public static KubernetesStore fromJson(JsonNode json, Duration namespaceTermination) {
    return fromJson(json, Clock.systemUTC(), namespaceTermination);
  }

  static KubernetesStore fromJson(JsonNode json, Clock clock) {
    return fromJson(json, clock, Duration.ZERO);
  }

  private static KubernetesStore fromJson(
      JsonNode json, Clock clock, Duration namespaceTermination) {
    JsonNode byName = json.path("clusters");
    if (!byName.isObject()) {
      throw new IllegalArgumentException(
          "Kubernetes state must be an object with a \"clusters\" object");
    }
    KubernetesStore store = new KubernetesStore(clock, namespaceTermination);
    for (Map.Entry<String, JsonNode> entry : byName.properties()) {
      store.clusters.put(
          entry.getKey(),
          ClusterObjects.fromJson(entry.getKey(), entry.getValue(), clock, namespaceTermination));
    }
    return store;
  }
}
