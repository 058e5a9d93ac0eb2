package io.eksform.sandbox.kubernetes;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One cluster's namespaces, pods and service accounts, with its resourceVersion counter; every
 * method is atomic, so concurrent requests see one order of changes, as etcd gives Kubernetes. A
 * deleted namespace stays {@code Terminating} for the cluster's termination time, then its content
 * and itself are removed, as the namespace controller does; like the EKS transitions, this is
 * worked out lazily on the next request, with no background thread.
 */
final class ClusterObjects {
  /** The namespaces every EKS cluster starts with. */
  static final List<String> SEEDED_NAMESPACES =
      List.of("default", "kube-node-lease", "kube-public", "kube-system");

  /** The version {@code /version} reports until the cluster's owner sets another. */
  static final String DEFAULT_KUBERNETES_VERSION = "1.32";

  private static final List<String> UNDELETABLE_NAMESPACES =
      List.of("default", "kube-public", "kube-system");
  private static final String GENERATED_NAME_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

  /** Items of a list, with the resourceVersion the list was read at. */
  record Listing(List<ObjectNode> items, long resourceVersion) {
    Listing {
      items = List.copyOf(items);
    }
  }

  /** A change a patch makes to the current object; it returns the object to store. */
  interface Change {
    ObjectNode apply(ObjectNode current) throws ApiException;
  }

  private final Map<Kind, TreeMap<String, ObjectNode>> objects = new EnumMap<>(Kind.class);

  /** Terminating namespaces, by name, with the time (epoch millis) their termination ends. */
  private final Map<String, Long> terminatingUntil = new TreeMap<>();

  private final Clock clock;
  private final Duration termination;
  private final Random random = new SecureRandom();
  private long resourceVersion;
  private final ChangeLog changes;
  private String kubernetesVersion = DEFAULT_KUBERNETES_VERSION;

  private ClusterObjects(Clock clock, Duration termination, long resourceVersion) {
    this.clock = clock;
    this.termination = termination;
    this.resourceVersion = resourceVersion;
    this.changes = new ChangeLog(resourceVersion);
    for (Kind kind : Kind.values()) {
      objects.put(kind, new TreeMap<>());
    }
  }

  /**
   * A new cluster with its seeded namespaces; a deleted namespace is {@code Terminating} for {@code
   * termination} before it is gone.
   */
  static ClusterObjects seeded(Clock clock, Duration termination) {
    ClusterObjects cluster = new ClusterObjects(clock, termination, 0);
    for (String name : SEEDED_NAMESPACES) {
      ObjectNode namespace = Json.object();
      Json.child(namespace, "metadata").put("name", name);
      try {
        cluster.create(Kind.NAMESPACE, "", namespace, false);
      } catch (ApiException e) {
        throw new IllegalStateException("seeding namespace " + name, e);
      }
    }
    return cluster;
  }

  synchronized String kubernetesVersion() {
    return kubernetesVersion;
  }

  synchronized void kubernetesVersion(String version) {
    kubernetesVersion = version;
  }

  synchronized long resourceVersion() {
    settle();
    return resourceVersion;
  }

  synchronized ObjectNode get(Kind kind, String namespace, String name) throws ApiException {
    settle();
    ObjectNode found = objects.get(kind).get(key(namespace, name));
    if (found == null) {
      throw ApiException.notFound(kind, name);
    }
    return found.deepCopy();
  }

  /** Objects of {@code kind} in {@code namespace} (all namespaces when empty) that match. */
  synchronized Listing list(Kind kind, String namespace, Predicate<ObjectNode> filter) {
    settle();
    List<ObjectNode> items = new ArrayList<>();
    String prefix = namespace.isEmpty() ? "" : namespace + "/";
    for (Map.Entry<String, ObjectNode> entry : objects.get(kind).tailMap(prefix).entrySet()) {
      if (!entry.getKey().startsWith(prefix)) {
        break;
      }
      if (filter.test(entry.getValue())) {
        items.add(entry.getValue().deepCopy());
      }
    }
    return new Listing(items, resourceVersion);
  }

  synchronized ObjectNode create(Kind kind, String namespace, JsonNode body, boolean dryRun)
      throws ApiException {
    settle();
    ObjectNode object = ObjectRules.incoming(kind, namespace, body);
    ObjectNode metadata = Json.child(object, "metadata");
    if (!Json.text(metadata, "resourceVersion").isEmpty()) {
      throw ApiException.internalError(
          "resourceVersion should not be set on objects to be created");
    }
    if (Json.text(metadata, "name").isEmpty() && !Json.text(metadata, "generateName").isEmpty()) {
      metadata.put("name", Json.text(metadata, "generateName") + randomSuffix());
    }
    String name = Json.text(metadata, "name");
    metadata.put("uid", UUID.randomUUID().toString());
    metadata.put("creationTimestamp", timestamp());
    metadata.remove("deletionTimestamp");
    if (kind == Kind.NAMESPACE) {
      ObjectRules.defaultNamespace(object);
    }
    if (kind == Kind.POD) {
      ObjectRules.defaultPod(object);
    }
    List<FieldError> errors = ObjectRules.validate(kind, object);
    if (!errors.isEmpty()) {
      throw ApiException.invalid(kind, name, errors);
    }
    if (kind.namespaced() && !objects.get(Kind.NAMESPACE).containsKey(key("", namespace))) {
      throw ApiException.notFound(Kind.NAMESPACE, namespace);
    }
    if (kind.namespaced() && terminatingUntil.containsKey(namespace)) {
      // The NamespaceLifecycle admission plugin's answer.
      throw ApiException.forbidden(
          kind,
          name,
          "unable to create new content in namespace "
              + namespace
              + " because it is being terminated");
    }
    if (objects.get(kind).containsKey(key(namespace, name))) {
      throw ApiException.alreadyExists(kind, name);
    }
    if (dryRun) {
      return object;
    }
    store(kind, namespace, object);
    if (kind == Kind.NAMESPACE) {
      ObjectNode account = Json.object();
      Json.child(account, "metadata").put("name", "default");
      create(Kind.SERVICE_ACCOUNT, name, account, false);
    }
    return object.deepCopy();
  }

  synchronized ObjectNode update(
      Kind kind, String namespace, String name, JsonNode body, boolean dryRun) throws ApiException {
    settle();
    ObjectNode updated = ObjectRules.incoming(kind, namespace, body);
    ObjectNode current = objects.get(kind).get(key(namespace, name));
    if (current == null) {
      throw ApiException.notFound(kind, name);
    }
    return replace(kind, namespace, name, current, updated, dryRun);
  }

  synchronized ObjectNode patch(
      Kind kind, String namespace, String name, Change change, boolean dryRun) throws ApiException {
    settle();
    ObjectNode current = objects.get(kind).get(key(namespace, name));
    if (current == null) {
      throw ApiException.notFound(kind, name);
    }
    ObjectNode patched = ObjectRules.incoming(kind, namespace, change.apply(current.deepCopy()));
    return replace(kind, namespace, name, current, patched, dryRun);
  }

  /**
   * Server-side apply, approximated: creates the object when absent, otherwise merges the applied
   * configuration into it as a merge patch would (fields are not tracked per manager).
   */
  synchronized Applied apply(
      Kind kind, String namespace, String name, JsonNode configuration, boolean dryRun)
      throws ApiException {
    ObjectNode applied = ObjectRules.incoming(kind, namespace, configuration);
    String bodyName = Json.text(Json.child(applied, "metadata"), "name");
    if (!bodyName.equals(name)) {
      throw ApiException.badRequest(
          "the name of the object ("
              + bodyName
              + ") does not match the name on the URL ("
              + name
              + ")");
    }
    if (!objects.get(kind).containsKey(key(namespace, name))) {
      return new Applied(create(kind, namespace, applied, dryRun), true);
    }
    ObjectNode merge = applied.deepCopy();
    Json.child(merge, "metadata").remove("resourceVersion");
    return new Applied(
        patch(
            kind,
            namespace,
            name,
            current -> (ObjectNode) MergePatch.apply(current, merge),
            dryRun),
        false);
  }

  /** The result of an apply: the stored object, and whether the apply created it. */
  record Applied(ObjectNode object, boolean created) {}

  synchronized ObjectNode delete(
      Kind kind, String namespace, String name, DeleteOptions options, boolean dryRun)
      throws ApiException {
    settle();
    ObjectNode current = objects.get(kind).get(key(namespace, name));
    if (current == null) {
      throw ApiException.notFound(kind, name);
    }
    options.check(kind, name, Json.child(current, "metadata"));
    if (kind == Kind.NAMESPACE && UNDELETABLE_NAMESPACES.contains(name)) {
      throw ApiException.forbidden(kind, name, "this namespace may not be deleted");
    }
    if (kind == Kind.NAMESPACE && terminatingUntil.containsKey(name)) {
      throw ApiException.namespaceTerminating(name);
    }
    ObjectNode deleted = current.deepCopy();
    if (kind == Kind.NAMESPACE) {
      Json.child(deleted, "metadata").put("deletionTimestamp", timestamp());
      deleted.set("status", Json.object().put("phase", "Terminating"));
    }
    if (dryRun) {
      return deleted;
    }
    if (kind == Kind.NAMESPACE) {
      // The namespace controller empties it and then removes it, once its time has come.
      store(kind, namespace, deleted);
      terminatingUntil.put(name, clock.millis() + termination.toMillis());
      return deleted.deepCopy();
    }
    remove(kind, namespace, deleted);
    return deleted.deepCopy();
  }

  /** Ends the terminations whose time has come: each namespace's content, then the namespace. */
  private void settle() {
    long now = clock.millis();
    var ended = terminatingUntil.entrySet().iterator();
    while (ended.hasNext()) {
      var entry = ended.next();
      if (entry.getValue() > now) {
        continue;
      }
      String name = entry.getKey();
      ended.remove();
      for (Kind kind : Kind.values()) {
        if (kind.namespaced()) {
          for (ObjectNode object : List.copyOf(contents(kind, name))) {
            remove(kind, name, object);
          }
        }
      }
      ObjectNode namespace = objects.get(Kind.NAMESPACE).get(key("", name));
      if (namespace != null) {
        remove(Kind.NAMESPACE, "", namespace.deepCopy());
      }
    }
  }

  /** The time left until the next termination ends; Long.MAX_VALUE when none is under way. */
  private long untilNextTermination() {
    long now = clock.millis();
    return terminatingUntil.values().stream()
        .mapToLong(end -> Math.max(1, end - now))
        .min()
        .orElse(Long.MAX_VALUE);
  }

  private List<ObjectNode> contents(Kind kind, String namespace) {
    List<ObjectNode> out = new ArrayList<>();
    String prefix = namespace + "/";
    for (Map.Entry<String, ObjectNode> entry : objects.get(kind).tailMap(prefix).entrySet()) {
      if (!entry.getKey().startsWith(prefix)) {
        break;
      }
      out.add(entry.getValue().deepCopy());
    }
    return out;
  }

  private ObjectNode replace(
      Kind kind,
      String namespace,
      String name,
      ObjectNode current,
      ObjectNode updated,
      boolean dryRun)
      throws ApiException {
    ObjectNode metadata = Json.child(updated, "metadata");
    String bodyName = Json.text(metadata, "name");
    if (!bodyName.equals(name)) {
      throw ApiException.badRequest(
          "the name of the object ("
              + bodyName
              + ") does not match the name on the URL ("
              + name
              + ")");
    }
    String expected = Json.text(metadata, "resourceVersion");
    String actual = Json.text(Json.child(current, "metadata"), "resourceVersion");
    if (!expected.isEmpty() && !expected.equals(actual)) {
      throw ApiException.conflict(kind, name);
    }
    ObjectRules.keepServerFields(kind, current, updated);
    List<FieldError> errors = ObjectRules.validate(kind, updated);
    if (!errors.isEmpty()) {
      throw ApiException.invalid(kind, name, errors);
    }
    metadata.put("resourceVersion", actual);
    if (updated.equals(current) || dryRun) {
      return updated;
    }
    store(kind, namespace, updated);
    return updated.deepCopy();
  }

  /** The persisted form: the counter and every object, by kind resource name. */
  synchronized ObjectNode toJson() {
    settle();
    ObjectNode json = Json.object();
    json.put("resourceVersion", resourceVersion);
    json.put("kubernetesVersion", kubernetesVersion);
    for (Kind kind : Kind.values()) {
      var array = json.putArray(kind.resource());
      objects.get(kind).values().forEach(object -> array.add(object.deepCopy()));
    }
    return json;
  }

  static ClusterObjects fromJson(
      String clusterName, JsonNode json, Clock clock, Duration termination) {
    JsonNode counter = json.get("resourceVersion");
    if (counter == null || !counter.canConvertToLong()) {
      throw new IllegalArgumentException(
          "Kubernetes state of cluster " + clusterName + " has no numeric resourceVersion");
    }
    ClusterObjects cluster = new ClusterObjects(clock, termination, counter.asLong());
    cluster.kubernetesVersion = json.path("kubernetesVersion").asString(DEFAULT_KUBERNETES_VERSION);
    for (Kind kind : Kind.values()) {
      for (JsonNode object : json.path(kind.resource()).values()) {
        if (!(object instanceof ObjectNode stored)) {
          throw new IllegalArgumentException(
              "Kubernetes state of cluster "
                  + clusterName
                  + ": "
                  + kind.resource()
                  + " entries must be objects");
        }
        ObjectNode metadata = Json.child(stored, "metadata");
        cluster
            .objects
            .get(kind)
            .put(
                key(Json.text(metadata, "namespace"), Json.text(metadata, "name")),
                stored.deepCopy());
        String deletion = Json.text(metadata, "deletionTimestamp");
        if (kind == Kind.NAMESPACE && !deletion.isEmpty()) {
          cluster.terminatingUntil.put(
              Json.text(metadata, "name"), terminationEnd(clusterName, deletion, termination));
        }
      }
    }
    return cluster;
  }

  private static long terminationEnd(String clusterName, String deletion, Duration termination) {
    try {
      return Instant.parse(deletion).toEpochMilli() + termination.toMillis();
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Kubernetes state of cluster "
              + clusterName
              + ": deletionTimestamp '"
              + deletion
              + "' is not an RFC 3339 time");
    }
  }

  private void store(Kind kind, String namespace, ObjectNode object) {
    resourceVersion++;
    ObjectNode metadata = Json.child(object, "metadata");
    metadata.put("resourceVersion", Long.toString(resourceVersion));
    ObjectNode previous =
        objects.get(kind).put(key(namespace, Json.text(metadata, "name")), object);
    changes.add(
        new ChangeLog.Event(
            previous == null ? "ADDED" : "MODIFIED", kind, object.deepCopy(), resourceVersion));
    notifyAll();
  }

  private void remove(Kind kind, String namespace, ObjectNode deleted) {
    resourceVersion++;
    ObjectNode metadata = Json.child(deleted, "metadata");
    metadata.put("resourceVersion", Long.toString(resourceVersion));
    objects.get(kind).remove(key(namespace, Json.text(metadata, "name")));
    changes.add(new ChangeLog.Event("DELETED", kind, deleted.deepCopy(), resourceVersion));
    notifyAll();
  }

  /**
   * Changes of {@code kind} after {@code resourceVersion}, waiting up to {@code maxWaitMillis} for
   * one; empty when none came, and a 410 when the history no longer reaches back that far.
   */
  synchronized ChangeLog.Batch changesAfter(Kind kind, long resourceVersion, long maxWaitMillis)
      throws ApiException, InterruptedException {
    long deadline = System.nanoTime() + maxWaitMillis * 1_000_000;
    while (true) {
      settle();
      List<ChangeLog.Event> newer =
          changes
              .after(resourceVersion)
              .orElseThrow(
                  () ->
                      ApiException.gone(
                          "too old resource version: "
                              + resourceVersion
                              + " ("
                              + this.resourceVersion
                              + ")"))
              .stream()
              .filter(event -> event.kind() == kind)
              .toList();
      long remaining = (deadline - System.nanoTime()) / 1_000_000;
      if (!newer.isEmpty() || remaining <= 0) {
        return new ChangeLog.Batch(newer, this.resourceVersion);
      }
      wait(Math.min(remaining, untilNextTermination()));
    }
  }

  Instant now() {
    return Instant.now(clock);
  }

  private String timestamp() {
    return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private String randomSuffix() {
    StringBuilder suffix = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      suffix.append(
          GENERATED_NAME_ALPHABET.charAt(random.nextInt(GENERATED_NAME_ALPHABET.length())));
    }
    return suffix.toString();
  }

  private static String key(String namespace, String name) {
    return namespace + "/" + name;
  }
}
