package io.eksform.sandbox.eks;

import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import io.eksform.sandbox.state.Cluster;
import io.eksform.sandbox.state.ClusterUpdate;
import io.eksform.sandbox.state.Nodegroup;
import io.eksform.sandbox.state.Phase;
import io.eksform.sandbox.state.Taint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** UpdateNodegroupConfig and UpdateNodegroupVersion: partial changes recorded as EKS updates. */
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
    if (params.isEmpty()) {
      throw EksErrors.invalidParameter("No changes needed for the nodegroup config provided", ids);
    }
    Nodegroup changed =
        n.withConfig(min, max, desired, unavailable, percentage, labels, taints)
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
        "UpdateNodegroupVersion",
        n.key(),
        body,
        () -> {
          String[] ids = {"clusterName", c.name(), "nodegroupName", n.name()};
          checkUpdatable(c, n);
          String version = body.text("version") == null ? c.version() : body.text("version");
          if (!version.equals(c.version())) {
            throw EksErrors.invalidParameter(
                "Requested Nodegroup version "
                    + version
                    + " is invalid. Allowed version is "
                    + c.version(),
                ids);
          }
          String release =
              body.text("releaseVersion") == null
                  ? NodegroupOperations.releaseOf(version)
                  : body.text("releaseVersion");
          if (version.equals(n.version()) && release.equals(n.releaseVersion())) {
            throw EksErrors.invalidParameter(
                "Nodegroup "
                    + n.name()
                    + " is already at version "
                    + version
                    + " ("
                    + release
                    + ")",
                ids);
          }
          ctx.account.nodegroups().put(n.key(), n.withPhase(Phase.UPDATING, ctx.now()));
          return UpdateOperations.reply(
              UpdateOperations.start(
                  ctx,
                  c,
                  n.name(),
                  "",
                  "VersionUpdate",
                  List.of(
                      new ClusterUpdate.Param("Version", version),
                      new ClusterUpdate.Param("ReleaseVersion", release))));
        });
  }
}
