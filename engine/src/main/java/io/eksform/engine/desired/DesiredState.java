package io.eksform.engine.desired;

import io.eksform.engine.config.ConfigDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The one place where a loaded ClusterConfig becomes a {@link ClusterSpec}, applying eksctl's
 * defaults that matter to a plan (service accounts default to namespace {@code default}, log type
 * {@code *} or {@code all} means every type). The document is assumed to have passed the schema.
 */
public final class DesiredState {
  /** The five control-plane log types of EKS. */
  public static final SortedSet<String> ALL_LOG_TYPES =
      java.util.Collections.unmodifiableSortedSet(
          new TreeSet<>(
              List.of("api", "audit", "authenticator", "controllerManager", "scheduler")));

  private DesiredState() {}

  public static ClusterSpec from(ConfigDocument doc) {
    JsonNode root = doc.tree();
    JsonNode meta = root.path("metadata");
    JsonNode iam = root.path("iam");
    JsonNode endpoints = root.path("vpc").path("clusterEndpoints");
    return new ClusterSpec(
        meta.path("name").asString(""),
        meta.path("region").asString(""),
        text(meta.path("version")),
        strings(meta.path("tags")),
        iam.path("withOIDC").asBoolean(false),
        logTypes(root.path("cloudWatch")),
        bool(endpoints.path("publicAccess")),
        bool(endpoints.path("privateAccess")),
        text(iam.path("fargatePodExecutionRoleARN")),
        serviceAccounts(iam.path("serviceAccounts")),
        fargateProfiles(root.path("fargateProfiles")),
        nodeGroups(root.path("managedNodeGroups")),
        addons(root.path("addons")),
        ConfigFields.of(root, doc.sourceMap()));
  }

  private static Optional<SortedSet<String>> logTypes(JsonNode cloudWatch) {
    JsonNode types = cloudWatch.path("clusterLogging").path("enableTypes");
    if (cloudWatch.isMissingNode() || cloudWatch.isNull() || types.isMissingNode()) {
      return Optional.empty();
    }
    SortedSet<String> out = new TreeSet<>();
    for (JsonNode t : types) {
      String type = t.asString("");
      if (type.equals("*") || type.equals("all")) {
        out.addAll(ALL_LOG_TYPES);
      } else if (!type.isEmpty()) {
        out.add(type);
      }
    }
    return Optional.of(java.util.Collections.unmodifiableSortedSet(out));
  }

  private static List<ServiceAccountSpec> serviceAccounts(JsonNode list) {
    List<ServiceAccountSpec> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode sa = list.get(i);
      JsonNode meta = sa.path("metadata");
      JsonNode inline = sa.path("attachPolicy");
      out.add(
          new ServiceAccountSpec(
              text(meta.path("namespace")).orElse("default"),
              meta.path("name").asString(""),
              stringList(sa.path("attachPolicyARNs")),
              inline.isObject() ? Optional.of(inline.toString()) : Optional.empty(),
              text(sa.path("attachRoleARN")),
              text(sa.path("roleName")),
              text(sa.path("permissionsBoundary")),
              sa.path("roleOnly").asBoolean(false),
              strings(meta.path("labels")),
              strings(meta.path("annotations")),
              strings(sa.path("tags")),
              switchedOn(sa.path("wellKnownPolicies")),
              text(sa.path("subjectPattern")),
              "/iam/serviceAccounts/" + i));
    }
    return out;
  }

  private static List<FargateProfileSpec> fargateProfiles(JsonNode list) {
    List<FargateProfileSpec> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode fp = list.get(i);
      List<Selector> selectors = new ArrayList<>();
      for (JsonNode s : fp.path("selectors")) {
        selectors.add(new Selector(s.path("namespace").asString(""), strings(s.path("labels"))));
      }
      out.add(
          new FargateProfileSpec(
              fp.path("name").asString(""),
              selectors,
              stringList(fp.path("subnets")),
              text(fp.path("podExecutionRoleARN")),
              strings(fp.path("tags")),
              "/fargateProfiles/" + i));
    }
    return out;
  }

  private static List<NodeGroupSpec> nodeGroups(JsonNode list) {
    List<NodeGroupSpec> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode ng = list.get(i);
      List<String> types = stringList(ng.path("instanceTypes"));
      if (types.isEmpty() && ng.path("instanceType").isString()) {
        types = List.of(ng.path("instanceType").asString());
      }
      List<NodeGroupSpec.Taint> taints = new ArrayList<>();
      for (JsonNode t : ng.path("taints")) {
        taints.add(
            new NodeGroupSpec.Taint(
                t.path("key").asString(""),
                t.path("value").asString(""),
                t.path("effect").asString("")));
      }
      JsonNode update = ng.path("updateConfig");
      out.add(
          new NodeGroupSpec(
              ng.path("name").asString(""),
              types,
              text(ng.path("amiFamily")),
              integer(ng.path("minSize")),
              integer(ng.path("maxSize")),
              integer(ng.path("desiredCapacity")),
              integer(ng.path("volumeSize")),
              ng.path("spot").asBoolean(false),
              ng.path("privateNetworking").asBoolean(false),
              stringList(ng.path("subnets")),
              strings(ng.path("labels")),
              taints,
              strings(ng.path("tags")),
              integer(update.path("maxUnavailable")),
              integer(update.path("maxUnavailablePercentage")),
              text(ng.path("version")),
              text(ng.path("iam").path("instanceRoleARN")),
              "/managedNodeGroups/" + i,
              stringList(ng.path("availabilityZones")),
              launchTemplate(ng.path("launchTemplate")),
              text(ng.path("releaseVersion")),
              nodeRepair(ng.path("nodeRepairConfig")),
              nodeIam(ng.path("iam"))));
    }
    return out;
  }

  private static Optional<NodeGroupSpec.LaunchTemplateRef> launchTemplate(JsonNode lt) {
    return text(lt.path("id"))
        .map(id -> new NodeGroupSpec.LaunchTemplateRef(id, text(lt.path("version"))));
  }

  private static Optional<NodeRepairSpec> nodeRepair(JsonNode repair) {
    if (!repair.isObject()) {
      return Optional.empty();
    }
    List<NodeRepairSpec.Override> overrides = new ArrayList<>();
    for (JsonNode o : repair.path("nodeRepairConfigOverrides")) {
      overrides.add(
          new NodeRepairSpec.Override(
              o.path("nodeMonitoringCondition").asString(""),
              o.path("nodeUnhealthyReason").asString(""),
              integer(o.path("minRepairWaitTimeMins")),
              o.path("repairAction").asString("")));
    }
    return Optional.of(
        new NodeRepairSpec(
            bool(repair.path("enabled")),
            integer(repair.path("maxUnhealthyNodeThresholdCount")),
            integer(repair.path("maxUnhealthyNodeThresholdPercentage")),
            integer(repair.path("maxParallelNodesRepairedCount")),
            integer(repair.path("maxParallelNodesRepairedPercentage")),
            overrides));
  }

  private static NodeIamSpec nodeIam(JsonNode iam) {
    SortedSet<String> addons = new TreeSet<>();
    JsonNode flags = iam.path("withAddonPolicies");
    if (flags.isObject()) {
      for (Map.Entry<String, JsonNode> e : flags.properties()) {
        if (e.getValue().isBoolean() && e.getValue().asBoolean()) {
          addons.add(e.getKey());
        }
      }
    }
    JsonNode inline = iam.path("attachPolicy");
    return new NodeIamSpec(
        stringList(iam.path("attachPolicyARNs")),
        inline.isObject() && !inline.isEmpty() ? Optional.of(inline.toString()) : Optional.empty(),
        addons,
        text(iam.path("instanceRoleName")),
        text(iam.path("instanceRolePermissionsBoundary")),
        text(iam.path("instanceProfileARN")));
  }

  private static List<AddonSpec> addons(JsonNode list) {
    List<AddonSpec> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode a = list.get(i);
      JsonNode config = a.path("configurationValues");
      JsonNode inline = a.path("attachPolicy");
      out.add(
          new AddonSpec(
              a.path("name").asString(""),
              text(a.path("version")),
              text(a.path("serviceAccountRoleARN")),
              config.isString() ? Optional.of(config.asString()) : Optional.empty(),
              strings(a.path("tags")),
              text(a.path("resolveConflicts")).map(v -> v.toUpperCase(Locale.ROOT)),
              text(a.path("namespaceConfig").path("namespace")),
              stringList(a.path("attachPolicyARNs")),
              inline.isObject() ? Optional.of(inline.toString()) : Optional.empty(),
              switchedOn(a.path("wellKnownPolicies")),
              text(a.path("permissionsBoundary")),
              "/addons/" + i));
    }
    return out;
  }

  static Optional<String> text(JsonNode node) {
    return node.isString() && !node.asString().isEmpty()
        ? Optional.of(node.asString())
        : Optional.empty();
  }

  /** The names of the switches of an object that are true ({@code wellKnownPolicies}). */
  private static SortedSet<String> switchedOn(JsonNode switches) {
    SortedSet<String> out = new TreeSet<>();
    if (switches.isObject()) {
      for (Map.Entry<String, JsonNode> e : switches.properties()) {
        if (e.getValue().asBoolean(false)) {
          out.add(e.getKey());
        }
      }
    }
    return out;
  }

  private static Optional<Boolean> bool(JsonNode node) {
    return node.isBoolean() ? Optional.of(node.asBoolean()) : Optional.empty();
  }

  private static Optional<Integer> integer(JsonNode node) {
    return node.isIntegralNumber() ? Optional.of(node.asInt()) : Optional.empty();
  }

  private static Map<String, String> strings(JsonNode map) {
    Map<String, String> out = new TreeMap<>();
    if (map.isObject()) {
      for (Map.Entry<String, JsonNode> e : map.properties()) {
        out.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asString());
      }
    }
    return out;
  }

  private static List<String> stringList(JsonNode list) {
    List<String> out = new ArrayList<>();
    if (list.isArray()) {
      list.forEach(n -> out.add(n.asString()));
    }
    return out;
  }
}
