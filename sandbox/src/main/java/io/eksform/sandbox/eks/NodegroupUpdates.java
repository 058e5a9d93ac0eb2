package io.eksform.sandbox.eks;

import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import io.eksform.sandbox.state.Cluster;
import io.eksform.sandbox.state.ClusterUpdate;
import io.eksform.sandbox.state.LaunchTemplateRef;
import io.eksform.sandbox.state.NodeRepairConfig;
import io.eksform.sandbox.state.Nodegroup;
import io.eksform.sandbox.state.Phase;
import io.eksform.sandbox.state.Taint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * UpdateNodegroupConfig (scaling, update configuration, labels, taints, node repair) and
 * UpdateNodegroupVersion (Kubernetes version, AMI release, launch template version): partial
 * changes recorded as EKS updates.
 */
final class NodegroupUpdates {
  private final EksContext ctx;
  private final NodegroupOperations nodegroups;

  NodegroupUpdates(EksContext ctx, NodegroupOperations nodegroups) {
    this.ctx = ctx;
    this.nodegroups = nodegroups;
  }

  private void checkUpdatable(Cluster c, Nodegroup n) {
    if (n.phase() != Phase.ACTIVE) {
      throw EksErrors.inUse(
          "Nodegroup "
              + n.name()
              + " is currently in "
              + n.phase().name()
              + " state and cannot be updated",
          "clusterName",
          c.name(),
          "nodegroupName",
          n.name());
    }
  }

  Reply updateConfig(SandboxRequest request, String cluster, String name) {
    Cluster c = ctx.cluster(request, cluster);
    Nodegroup n = nodegroups.nodegroup(c, name);
    Body body = Body.of(request);
    return ctx.idempotent("UpdateNodegroupConfig", n.key(), body, () -> doUpdateConfig(c, n, body));
  }

  private String doUpdateConfig(Cluster c, Nodegroup n, Body body) {
    String[] ids = {"clusterName", c.name(), "nodegroupName", n.name()};
    checkUpdatable(c, n);
    List<ClusterUpdate.Param> params = new ArrayList<>();
    Body scaling = body.object("scalingConfig");
    int min = NodegroupOperations.orDefault(scaling.integer("minSize"), n.minSize());
    int max = NodegroupOperations.orDefault(scaling.integer("maxSize"), n.maxSize());
    int desired = NodegroupOperations.orDefault(scaling.integer("desiredSize"), n.desiredSize());
    if (min > desired) {
      throw EksErrors.invalidParameter(
          "Minimum capacity " + min + " can't be greater than desired size " + desired, ids);
    }
    if (desired > max) {
      throw EksErrors.invalidParameter(
          "Desired capacity " + desired + " can't be greater than max size " + max, ids);
    }
    addIfChanged(params, "MinSize", min, n.minSize());
    addIfChanged(params, "MaxSize", max, n.maxSize());
    addIfChanged(params, "DesiredSize", desired, n.desiredSize());
    Integer unavailable = n.maxUnavailable();
    Integer percentage = n.maxUnavailablePercentage();
    if (body.has("updateConfig")) {
      Body update = body.object("updateConfig");
      NodegroupOperations.checkUnavailable(
          update.integer("maxUnavailable"), update.integer("maxUnavailablePercentage"), max, ids);
      if (update.has("maxUnavailable")) {
        unavailable = update.integer("maxUnavailable");
        percentage = null;
        params.add(new ClusterUpdate.Param("MaxUnavailable", String.valueOf(unavailable)));
      } else if (update.has("maxUnavailablePercentage")) {
        percentage = update.integer("maxUnavailablePercentage");
        unavailable = null;
        params.add(new ClusterUpdate.Param("MaxUnavailablePercentage", String.valueOf(percentage)));
      }
    }
    Map<String, String> labels = new LinkedHashMap<>(n.labels());
    Body labelChange = body.object("labels");
    Map<String, String> addLabels = labelChange.map("addOrUpdateLabels");
    List<String> removeLabels = labelChange.strings("removeLabels");
    for (String key : removeLabels) {
      if (addLabels.containsKey(key)) {
        throw EksErrors.invalidParameter(
            "The label " + key + " cannot be both added and removed", ids);
      }
    }
    removeLabels.forEach(labels::remove);
    labels.putAll(addLabels);
    if (!addLabels.isEmpty()) {
      params.add(new ClusterUpdate.Param("LabelsToAdd", Body.JSON.writeValueAsString(addLabels)));
    }
    if (!removeLabels.isEmpty()) {
      params.add(
          new ClusterUpdate.Param("LabelsToRemove", Body.JSON.writeValueAsString(removeLabels)));
    }
    List<Taint> taints = new ArrayList<>(n.taints());
    Body taintChange = body.object("taints");
    List<Taint> addTaints =
        NodegroupOperations.taints(taintChange.objects("addOrUpdateTaints"), ids);
    List<Taint> removeTaints = NodegroupOperations.taints(taintChange.objects("removeTaints"), ids);
    for (Taint t : removeTaints) {
      taints.removeIf(x -> x.key().equals(t.key()) && x.effect().equals(t.effect()));
    }
    for (Taint t : addTaints) {
      taints.removeIf(x -> x.key().equals(t.key()) && x.effect().equals(t.effect()));
      taints.add(t);
    }
    if (!addTaints.isEmpty()) {
      params.add(new ClusterUpdate.Param("TaintsToAdd", Body.JSON.writeValueAsString(addTaints)));
    }
    if (!removeTaints.isEmpty()) {
      params.add(
          new ClusterUpdate.Param("TaintsToRemove", Body.JSON.writeValueAsString(removeTaints)));
    }
    NodeRepairConfig repair = n.nodeRepairConfig();
    if (body.has("nodeRepairConfig")) {
      repair = NodegroupRepairs.parse(body.object("nodeRepairConfig"), ids);
      if (!repair.equals(n.nodeRepairConfig())) {
        if (repair.enabled() != null) {
          params.add(
              new ClusterUpdate.Param("NodeRepairEnabled", String.valueOf(repair.enabled())));
        }
        params.add(
            new ClusterUpdate.Param(
                "NodeRepairConfig", EksJson.write(NodegroupRepairs.json(repair))));
      }
    }
    if (params.isEmpty()) {
      throw EksErrors.invalidParameter("No changes needed for the nodegroup config provided", ids);
    }
    Nodegroup changed =
        n.withConfig(min, max, desired, unavailable, percentage, labels, taints)
            .withNodeRepairConfig(repair)
            .withPhase(Phase.UPDATING, ctx.now());
    ctx.account.nodegroups().put(n.key(), changed);
    return UpdateOperations.reply(
        UpdateOperations.start(ctx, c, n.name(), "", "ConfigUpdate", params));
  }

  private static void addIfChanged(
      List<ClusterUpdate.Param> params, String type, int now, int was) {
    if (now != was) {
      params.add(new ClusterUpdate.Param(type, String.valueOf(now)));
    }
  }

  Reply updateVersion(SandboxRequest request, String cluster, String name) {
    Cluster c = ctx.cluster(request, cluster);
    Nodegroup n = nodegroups.nodegroup(c, name);
    Body body = Body.of(request);
    return ctx.idempotent(
        "UpdateNodegroupVersion", n.key(), body, () -> doUpdateVersion(c, n, body));
  }

  private String doUpdateVersion(Cluster c, Nodegroup n, Body body) {
    String[] ids = {"clusterName", c.name(), "nodegroupName", n.name()};
    checkUpdatable(c, n);
    LaunchTemplateRef template = n.launchTemplate();
    if (body.has("launchTemplate")) {
      template = newTemplateVersion(c, n, body.object("launchTemplate"), ids);
    }
    boolean templateOnly = body.has("launchTemplate") && body.text("version") == null;
    // A launch template update leaves the Kubernetes version alone unless one is asked for.
    String version =
        body.text("version") != null
            ? body.text("version")
            : templateOnly ? n.version() : c.version();
    if (!version.equals(c.version()) && !(templateOnly && version.equals(n.version()))) {
      throw EksErrors.invalidParameter(
          "Requested Nodegroup version "
              + version
              + " is invalid. Allowed version is "
              + c.version(),
          ids);
    }
    String release =
        body.text("releaseVersion") != null
            ? body.text("releaseVersion")
            : templateOnly ? n.releaseVersion() : NodegroupOperations.releaseOf(version);
    boolean sameTemplate = java.util.Objects.equals(template, n.launchTemplate());
    if (version.equals(n.version()) && release.equals(n.releaseVersion()) && sameTemplate) {
      throw EksErrors.invalidParameter(
          "Nodegroup "
              + n.name()
              + " is already at version "
              + version
              + " ("
              + release
              + ")"
              + (template == null ? "" : " with launch template version " + template.version()),
          ids);
    }
    List<ClusterUpdate.Param> params = new ArrayList<>();
    params.add(new ClusterUpdate.Param("Version", version));
    params.add(new ClusterUpdate.Param("ReleaseVersion", release));
    if (!sameTemplate) {
      params.add(new ClusterUpdate.Param("LaunchTemplateName", template.name()));
      params.add(new ClusterUpdate.Param("LaunchTemplateVersion", template.version()));
    }
    ctx.account.nodegroups().put(n.key(), n.withPhase(Phase.UPDATING, ctx.now()));
    return UpdateOperations.reply(
        UpdateOperations.start(ctx, c, n.name(), "", "VersionUpdate", params));
  }

  /**
   * The launch template version an update moves to: only a group created from a launch template can
   * move, and only to a version of that same template (by id or name).
   */
  private LaunchTemplateRef newTemplateVersion(Cluster c, Nodegroup n, Body spec, String[] ids) {
    LaunchTemplateRef current = n.launchTemplate();
    if (current == null) {
      throw EksErrors.invalidParameter(
          "You cannot specify a launch template for a node group that was not created with one.",
          ids);
    }
    NodegroupLaunchTemplates.Resolved resolved =
        NodegroupLaunchTemplates.resolve(ctx.account, c, spec, ids);
    if (!resolved.ref().id().equals(current.id())) {
      throw EksErrors.invalidParameter(
          "The launch template "
              + resolved.ref().id()
              + " does not match the launch template "
              + current.id()
              + " the node group was created with.",
          ids);
    }
    return resolved.ref();
  }
}
