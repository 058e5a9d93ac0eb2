package io.eksform.sandbox.eks;

import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.Cluster;
import io.eksform.sandbox.state.Ids;
import io.eksform.sandbox.state.NodeRepairConfig;
import io.eksform.sandbox.state.Nodegroup;
import io.eksform.sandbox.state.Phase;
import io.eksform.sandbox.state.Subnet;
import io.eksform.sandbox.state.Taint;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Managed node groups: Create, Describe, List and Delete (updates are in {@link NodegroupUpdates}).
 */
final class NodegroupOperations {
  static final int MAX_NODEGROUPS = 30;
  private static final Set<String> EFFECTS =
      Set.of("NO_SCHEDULE", "NO_EXECUTE", "PREFER_NO_SCHEDULE");
  private final EksContext ctx;

  NodegroupOperations(EksContext ctx) {
    this.ctx = ctx;
  }

  Nodegroup nodegroup(Cluster c, String name) {
    Nodegroup n = ctx.account.nodegroups().get(Account.key(c.key(), name));
    if (n == null) {
      throw EksErrors.notFound(
          "No node group found for name: " + name + ".",
          "clusterName",
          c.name(),
          "nodegroupName",
          name);
    }
    return n;
  }

  private List<Nodegroup> nodegroupsOf(Cluster c) {
    String prefix = c.key() + "/";
    List<Nodegroup> out = new ArrayList<>();
    ctx.account
        .nodegroups()
        .forEach(
            (k, v) -> {
              if (k.startsWith(prefix)) {
                out.add(v);
              }
            });
    return out;
  }

  Reply describe(SandboxRequest request, String cluster, String name) {
    Nodegroup n = nodegroup(ctx.cluster(request, cluster), name);
    return Reply.json(EksJson.write(EksJson.wrap("nodegroup", ctx.json.nodegroup(n))));
  }

  Reply list(SandboxRequest request, String cluster) {
    Cluster c = ctx.cluster(request, cluster);
    return Paging.reply(
        "nodegroups", nodegroupsOf(c).stream().map(Nodegroup::name).toList(), request);
  }

  Reply create(SandboxRequest request, String cluster) {
    Cluster c = ctx.cluster(request, cluster);
    Body body = Body.of(request);
    String name = body.requiredText("nodegroupName");
    return ctx.idempotent(
        "CreateNodegroup", Account.key(c.key(), name), body, () -> doCreate(c, body, name));
  }

  private String doCreate(Cluster c, Body body, String name) {
    String[] ids = {"clusterName", c.name(), "nodegroupName", name};
    String nodeRole = body.text("nodeRole");
    if (nodeRole == null) {
      throw EksErrors.required("nodeRole");
    }
    List<String> subnets = body.strings("subnets");
    if (subnets.isEmpty()) {
      throw EksErrors.required("subnets");
    }
    for (String id : subnets) {
      Subnet s = ctx.account.subnets().get(id);
      if (s == null || !s.vpcId().equals(c.vpcId())) {
        throw EksErrors.invalidParameter(
            "The subnet ID '" + id + "' does not exist in the VPC of cluster " + c.name(), ids);
      }
    }
    Body scaling = body.object("scalingConfig");
    int min = orDefault(scaling.integer("minSize"), 1);
    int max = orDefault(scaling.integer("maxSize"), 2);
    int desired = orDefault(scaling.integer("desiredSize"), 2);
    checkScaling(min, max, desired, ids);
    Body update = body.object("updateConfig");
    Integer unavailable = update.integer("maxUnavailable");
    Integer percentage = update.integer("maxUnavailablePercentage");
    checkUnavailable(unavailable, percentage, max, ids);
    boolean launchTemplate = body.has("launchTemplate");
    NodegroupLaunchTemplates.Resolved template =
        launchTemplate
            ? NodegroupLaunchTemplates.resolve(ctx.account, c, body.object("launchTemplate"), ids)
            : null;
    if (launchTemplate && body.has("diskSize")) {
      throw EksErrors.invalidParameter(
          "Disk size must be specified within the launch template.", ids);
    }
    if (launchTemplate && body.has("remoteAccess")) {
      throw EksErrors.invalidParameter(
          "Remote access configuration cannot be specified with a launch template.", ids);
    }
    String version = body.text("version") == null ? c.version() : body.text("version");
    if (!version.equals(c.version())) {
      throw EksErrors.invalidParameter(
          "Requested Nodegroup version "
              + version
              + " is invalid. Allowed version is "
              + c.version(),
          ids);
    }
    List<Taint> taints = taints(body.objects("taints"), ids);
    NodeRepairConfig repair =
        body.has("nodeRepairConfig")
            ? NodegroupRepairs.parse(body.object("nodeRepairConfig"), ids)
            : null;
    if (ctx.account.nodegroups().containsKey(Account.key(c.key(), name))) {
      throw EksErrors.inUse(
          "NodeGroup already exists with name " + name + " and cluster name " + c.name(), ids);
    }
    if (c.phase() != Phase.ACTIVE && c.phase() != Phase.UPDATING) {
      throw EksErrors.clusterNotActive(c.name());
    }
    if (nodegroupsOf(c).size() >= MAX_NODEGROUPS) {
      throw EksErrors.limitExceeded(
          "Nodegroup limit of " + MAX_NODEGROUPS + " reached for cluster " + c.name(), ids);
    }
    List<String> instanceTypes = body.strings("instanceTypes");
    boolean typeInTemplate = template != null && template.version().text("InstanceType") != null;
    if (typeInTemplate && !instanceTypes.isEmpty()) {
      throw EksErrors.invalidRequest(
          "Cannot specify instance types in launch template and API Request", ids);
    }
    long now = ctx.now();
    String uuid = Ids.uuid();
    Nodegroup n =
        new Nodegroup(
            c.region(),
            c.name(),
            name,
            "arn:aws:eks:"
                + c.region()
                + ":"
                + ctx.account.id()
                + ":nodegroup/"
                + c.name()
                + "/"
                + name
                + "/"
                + uuid,
            version,
            body.text("releaseVersion") == null ? releaseOf(version) : body.text("releaseVersion"),
            nodeRole,
            subnets,
            instanceTypes.isEmpty() && !typeInTemplate ? List.of("t3.medium") : instanceTypes,
            body.text("amiType") == null ? "AL2023_x86_64_STANDARD" : body.text("amiType"),
            body.text("capacityType") == null ? "ON_DEMAND" : body.text("capacityType"),
            launchTemplate ? null : orDefault(body.integer("diskSize"), 20),
            min,
            max,
            desired,
            percentage == null ? orDefault(unavailable, 1) : null,
            percentage,
            body.map("labels"),
            taints,
            body.map("tags"),
            "eks-" + name + "-" + uuid,
            template == null ? null : template.ref(),
            Phase.CREATING,
            now,
            now,
            now,
            repair);
    ctx.account.nodegroups().put(n.key(), n);
    ctx.account.transitionsChanged();
    return EksJson.write(EksJson.wrap("nodegroup", ctx.json.nodegroup(n)));
  }

  static String releaseOf(String version) {
    return Nodegroup.releaseFor(version);
  }

  static int orDefault(Integer value, int fallback) {
    return value == null ? fallback : value;
  }

  private static void checkScaling(int min, int max, int desired, String[] ids) {
    if (min < 0 || max < 1 || desired < 0) {
      throw EksErrors.invalidParameter(
          "minSize and desiredSize must be at least 0 and maxSize at least 1", ids);
    }
    if (min > desired) {
      throw EksErrors.invalidParameter("minSize can't be greater than desiredSize", ids);
    }
    if (desired > max) {
      throw EksErrors.invalidParameter("desiredSize can't be greater than maxSize", ids);
    }
  }

  static void checkUnavailable(Integer n, Integer percentage, int max, String[] ids) {
    if (n != null && percentage != null) {
      throw EksErrors.invalidParameter(
          "Only one of maxUnavailable and maxUnavailablePercentage can be specified", ids);
    }
    if (n != null && (n < 1 || n > max || n > 100)) {
      throw EksErrors.invalidParameter(
          "max-unavailable must be within the range 1 and max size of the node group", ids);
    }
    if (percentage != null && (percentage < 1 || percentage > 100)) {
      throw EksErrors.invalidParameter(
          "maxUnavailablePercentage must be within the range 1 and 100", ids);
    }
  }

  static List<Taint> taints(List<Body> raw, String[] ids) {
    if (raw.size() > 50) {
      throw EksErrors.invalidParameter("A node group can have at most 50 taints", ids);
    }
    List<Taint> out = new ArrayList<>();
    for (Body t : raw) {
      String key = t.text("key");
      String effect = t.text("effect");
      if (key == null || key.isEmpty() || effect == null || !EFFECTS.contains(effect)) {
        throw EksErrors.invalidParameter("A taint needs a key and an effect among " + EFFECTS, ids);
      }
      out.add(new Taint(key, t.text("value"), effect));
    }
    return out;
  }

  Reply delete(SandboxRequest request, String cluster, String name) {
    Cluster c = ctx.cluster(request, cluster);
    Nodegroup n = nodegroup(c, name);
    if (n.phase() == Phase.DELETING || n.phase() == Phase.UPDATING) {
      throw EksErrors.inUse(
          "Nodegroup "
              + name
              + " is currently in "
              + n.phase().name()
              + " state and cannot be deleted",
          "clusterName",
          c.name(),
          "nodegroupName",
          name);
    }
    Nodegroup deleting = n.withPhase(Phase.DELETING, ctx.now());
    ctx.account.nodegroups().put(n.key(), deleting);
    ctx.account.transitionsChanged();
    return Reply.json(EksJson.write(EksJson.wrap("nodegroup", ctx.json.nodegroup(deleting))));
  }
}
