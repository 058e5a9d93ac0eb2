package io.eksform.engine.export;

import io.eksform.engine.desired.DesiredState;
import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.desired.NodeGroupSpec;
import io.eksform.engine.desired.Selector;
import io.eksform.engine.live.LiveAddon;
import io.eksform.engine.live.LiveCluster;
import io.eksform.engine.live.LiveFargateProfile;
import io.eksform.engine.live.LiveNodeGroup;
import io.eksform.engine.live.LiveRole;
import io.eksform.engine.live.LiveState;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a ClusterConfig from a live state, to adopt an existing cluster: planning the result
 * against the same state changes nothing. Roles eksform manages are left implicit (as a user would
 * write the config); IRSA service accounts come from the roles eksform manages for the cluster.
 */
public final class ConfigExporter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ConfigExporter() {}

  public static ObjectNode export(LiveState live) {
    LiveCluster c = live.cluster();
    ObjectNode root = NODES.objectNode();
    root.put("apiVersion", "eksctl.io/v1alpha5");
    root.put("kind", "ClusterConfig");
    ObjectNode meta = root.putObject("metadata");
    meta.put("name", c.name());
    meta.put("region", live.region());
    meta.put("version", c.version());
    Map<String, String> tags = userTags(c.tags());
    if (!tags.isEmpty()) {
      meta.set("tags", map(tags));
    }
    ObjectNode iam = root.putObject("iam");
    iam.put("withOIDC", live.oidcProvider().isPresent());
    ArrayNode accounts = NODES.arrayNode();
    live.roles().values().stream()
        .filter(
            r ->
                r.tags()
                    .getOrDefault(ManagedNames.TAG_RESOURCE, "")
                    .startsWith("iam_service_account."))
        .sorted(java.util.Comparator.comparing(LiveRole::name))
        .forEach(r -> accounts.add(serviceAccount(r, c.name())));
    if (!accounts.isEmpty()) {
      iam.set("serviceAccounts", accounts);
    }
    ObjectNode vpc = root.putObject("vpc").putObject("clusterEndpoints");
    vpc.put("publicAccess", c.endpointPublicAccess());
    vpc.put("privateAccess", c.endpointPrivateAccess());
    if (!c.enabledLogTypes().isEmpty()) {
      ArrayNode types =
          root.putObject("cloudWatch").putObject("clusterLogging").putArray("enableTypes");
      if (c.enabledLogTypes().equals(DesiredState.ALL_LOG_TYPES)) {
        types.add("*");
      } else {
        c.enabledLogTypes().forEach(types::add);
      }
    }
    String podRole = ManagedNames.podExecutionRole(c.name());
    ArrayNode profiles = NODES.arrayNode();
    live.fargateProfiles().stream()
        .filter(p -> !"DELETING".equals(p.status()))
        .sorted(java.util.Comparator.comparing(LiveFargateProfile::name))
        .forEach(p -> profiles.add(profile(p, podRole)));
    if (!profiles.isEmpty()) {
      root.set("fargateProfiles", profiles);
    }
    String nodeRole = ManagedNames.nodeRole(c.name());
    ArrayNode groups = NODES.arrayNode();
    live.nodeGroups().stream()
        .filter(n -> !"DELETING".equals(n.status()))
        .sorted(java.util.Comparator.comparing(LiveNodeGroup::name))
        .forEach(n -> groups.add(nodeGroup(n, nodeRole)));
    if (!groups.isEmpty()) {
      root.set("managedNodeGroups", groups);
    }
    ArrayNode addons = NODES.arrayNode();
    live.addons().stream()
        .filter(a -> !"DELETING".equals(a.status()))
        .sorted(java.util.Comparator.comparing(LiveAddon::name))
        .forEach(a -> addons.add(addon(a)));
    if (!addons.isEmpty()) {
      root.set("addons", addons);
    }
    return root;
  }

  private static ObjectNode serviceAccount(LiveRole role, String cluster) {
    String key =
        role.tags().get(ManagedNames.TAG_RESOURCE).substring("iam_service_account.".length());
    ObjectNode sa = NODES.objectNode();
    ObjectNode meta = sa.putObject("metadata");
    String name = key.substring(key.indexOf('/') + 1);
    String namespace = key.substring(0, key.indexOf('/'));
    meta.put("name", name);
    meta.put("namespace", namespace);
    // A role eksform made under a name the config gave it keeps that name.
    if (!role.name().equals(ManagedNames.serviceAccountRole(cluster, namespace, name))) {
      sa.put("roleName", role.name());
    }
    if (!role.attachedPolicyArns().isEmpty()) {
      ArrayNode arns = sa.putArray("attachPolicyARNs");
      role.attachedPolicyArns().forEach(arns::add);
    }
    if (!role.inlinePolicies().isEmpty()) {
      String doc = new TreeMap<>(role.inlinePolicies()).firstEntry().getValue();
      sa.set("attachPolicy", parse(doc));
    }
    role.permissionsBoundary().ifPresent(b -> sa.put("permissionsBoundary", b));
    Map<String, String> tags = userTags(role.tags());
    if (!tags.isEmpty()) {
      sa.set("tags", map(tags));
    }
    return sa;
  }

  private static ObjectNode profile(LiveFargateProfile p, String eksformRole) {
    ObjectNode fp = NODES.objectNode();
    fp.put("name", p.name());
    ArrayNode selectors = fp.putArray("selectors");
    for (Selector s : p.selectors()) {
      ObjectNode sel = selectors.addObject();
      sel.put("namespace", s.namespace());
      if (!s.labels().isEmpty()) {
        sel.set("labels", map(s.labels()));
      }
    }
    if (!p.subnets().isEmpty()) {
      ArrayNode subnets = fp.putArray("subnets");
      p.subnets().forEach(subnets::add);
    }
    if (!p.podExecutionRoleArn().endsWith("/" + eksformRole)) {
      fp.put("podExecutionRoleARN", p.podExecutionRoleArn());
    }
    Map<String, String> tags = userTags(p.tags());
    if (!tags.isEmpty()) {
      fp.set("tags", map(tags));
    }
    return fp;
  }

  private static ObjectNode nodeGroup(LiveNodeGroup n, String eksformRole) {
    ObjectNode ng = NODES.objectNode();
    ng.put("name", n.name());
    ArrayNode types = ng.putArray("instanceTypes");
    n.instanceTypes().forEach(types::add);
    amiFamily(n.amiType()).ifPresent(f -> ng.put("amiFamily", f));
    ng.put("minSize", n.minSize());
    ng.put("maxSize", n.maxSize());
    ng.put("desiredCapacity", n.desiredSize());
    n.diskSize().ifPresent(d -> ng.put("volumeSize", d));
    if ("SPOT".equals(n.capacityType())) {
      ng.put("spot", true);
    }
    if (!n.subnets().isEmpty()) {
      ArrayNode subnets = ng.putArray("subnets");
      n.subnets().forEach(subnets::add);
    }
    if (!n.labels().isEmpty()) {
      ng.set("labels", map(n.labels()));
    }
    if (!n.taints().isEmpty()) {
      ArrayNode taints = ng.putArray("taints");
      for (NodeGroupSpec.Taint t : n.taints()) {
        ObjectNode o = taints.addObject();
        o.put("key", t.key());
        o.put("value", t.value());
        o.put("effect", t.effect());
      }
    }
    Map<String, String> tags = userTags(n.tags());
    if (!tags.isEmpty()) {
      ng.set("tags", map(tags));
    }
    if (!n.nodeRole().endsWith("/" + eksformRole)) {
      ng.putObject("iam").put("instanceRoleARN", n.nodeRole());
    }
    if (n.maxUnavailable().isPresent() || n.maxUnavailablePercentage().isPresent()) {
      ObjectNode update = ng.putObject("updateConfig");
      n.maxUnavailable().ifPresent(v -> update.put("maxUnavailable", v));
      n.maxUnavailablePercentage().ifPresent(v -> update.put("maxUnavailablePercentage", v));
    }
    return ng;
  }

  private static ObjectNode addon(LiveAddon a) {
    ObjectNode out = NODES.objectNode();
    out.put("name", a.name());
    if (!a.version().isEmpty()) {
      out.put("version", a.version());
    }
    a.serviceAccountRoleArn().ifPresent(r -> out.put("serviceAccountRoleARN", r));
    a.configurationValues().ifPresent(v -> out.put("configurationValues", v));
    Map<String, String> tags = userTags(a.tags());
    if (!tags.isEmpty()) {
      out.set("tags", map(tags));
    }
    return out;
  }

  /** The eksctl family of an EKS AMI type; custom AMIs have none. */
  static Optional<String> amiFamily(String amiType) {
    if (amiType.startsWith("AL2023")) {
      return Optional.of("AmazonLinux2023");
    }
    if (amiType.startsWith("AL2_")) {
      return Optional.of("AmazonLinux2");
    }
    if (amiType.startsWith("BOTTLEROCKET")) {
      return Optional.of("Bottlerocket");
    }
    return switch (amiType) {
      case "WINDOWS_FULL_2019_x86_64" -> Optional.of("WindowsServer2019FullContainer");
      case "WINDOWS_CORE_2019_x86_64" -> Optional.of("WindowsServer2019CoreContainer");
      case "WINDOWS_FULL_2022_x86_64" -> Optional.of("WindowsServer2022FullContainer");
      case "WINDOWS_CORE_2022_x86_64" -> Optional.of("WindowsServer2022CoreContainer");
      default -> Optional.empty();
    };
  }

  /** Tags a user wrote: without eksform's ownership tags and AWS's reserved ones. */
  private static Map<String, String> userTags(Map<String, String> tags) {
    Map<String, String> out = new TreeMap<>();
    tags.forEach(
        (k, v) -> {
          if (!k.startsWith("eksform.io/") && !k.startsWith("aws:")) {
            out.put(k, v);
          }
        });
    return out;
  }

  private static ObjectNode map(Map<String, String> values) {
    ObjectNode out = NODES.objectNode();
    new TreeMap<>(values).forEach(out::put);
    return out;
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (RuntimeException e) {
      return NODES.stringNode(json);
    }
  }
}
