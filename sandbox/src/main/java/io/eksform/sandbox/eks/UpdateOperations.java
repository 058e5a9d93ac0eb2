package io.eksform.sandbox.eks;

import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import io.eksform.sandbox.state.Cluster;
import io.eksform.sandbox.state.ClusterUpdate;
import io.eksform.sandbox.state.Ids;
import io.eksform.sandbox.state.Phase;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * UpdateClusterConfig (logging, endpoint access), UpdateClusterVersion, DescribeUpdate,
 * ListUpdates.
 */
final class UpdateOperations {
  private final EksContext ctx;

  UpdateOperations(EksContext ctx) {
    this.ctx = ctx;
  }

  /** Records a new update in progress and returns its JSON. */
  static ClusterUpdate start(
      EksContext ctx,
      Cluster c,
      String nodegroup,
      String addon,
      String type,
      List<ClusterUpdate.Param> params) {
    ClusterUpdate u =
        new ClusterUpdate(
            Ids.uuid(), c.region(), c.name(), nodegroup, addon, type, params, ctx.now(), false);
    ctx.account.updates().put(u.id(), u);
    ctx.account.transitionsChanged();
    return u;
  }

  static String reply(ClusterUpdate u) {
    return EksJson.write(EksJson.wrap("update", EksJson.update(u)));
  }

  Reply updateConfig(SandboxRequest request, String name) {
    Cluster c = ctx.cluster(request, name);
    Body body = Body.of(request);
    return ctx.idempotent("UpdateClusterConfig", c.key(), body, () -> doUpdateConfig(c, body));
  }

  private String doUpdateConfig(Cluster c, Body body) {
    List<String> kinds = new ArrayList<>();
    for (String member :
        List.of(
            "resourcesVpcConfig",
            "logging",
            "accessConfig",
            "upgradePolicy",
            "zonalShiftConfig",
            "computeConfig",
            "remoteNetworkConfig",
            "deletionProtection")) {
      if (body.has(member)) {
        kinds.add(member);
      }
    }
    if (kinds.size() > 1) {
      throw EksErrors.invalidParameter(
          "Only one type of update can be allowed.", "clusterName", c.name());
    }
    if (kinds.isEmpty()) {
      throw EksErrors.invalidParameter("No updates provided.", "clusterName", c.name());
    }
    String kind = kinds.get(0);
    String type =
        switch (kind) {
          case "logging" -> "LoggingUpdate";
          case "resourcesVpcConfig" -> "EndpointAccessUpdate";
          case "accessConfig" -> "AccessConfigUpdate";
          default ->
              throw EksErrors.invalidParameter(
                  "The sandbox does not support " + kind + " updates.", "clusterName", c.name());
        };
    if (c.phase() == Phase.CREATING || c.phase() == Phase.DELETING) {
      throw EksErrors.clusterNotActive(c.name());
    }
    Optional<ClusterUpdate> running = ctx.clusterUpdateInProgress(c);
    if (running.isPresent()) {
      throw EksErrors.inUse(
          "Cannot "
              + type
              + " because cluster "
              + c.name()
              + " currently has update "
              + running.get().id()
              + " in progress",
          "clusterName",
          c.name());
    }
    Cluster changed;
    List<ClusterUpdate.Param> params = new ArrayList<>();
    switch (kind) {
      case "logging" -> {
        changed = logging(c, body.object("logging"));
        ObjectNode value = EksJson.object();
        value.set("clusterLogging", EksJson.logging(changed.enabledLogTypes()));
        params.add(new ClusterUpdate.Param("ClusterLogging", EksJson.write(value)));
      }
      case "resourcesVpcConfig" -> {
        changed = endpointAccess(c, body.object("resourcesVpcConfig"), params);
      }
      default -> {
        String mode = body.object("accessConfig").text("authenticationMode");
        if (mode == null || mode.equals(c.authenticationMode())) {
          throw EksErrors.invalidParameter(
              "Unsupported authentication mode update from "
                  + c.authenticationMode()
                  + " to "
                  + mode,
              "clusterName",
              c.name());
        }
        changed =
            new Cluster(
                c.region(),
                c.name(),
                c.arn(),
                c.version(),
                c.roleArn(),
                c.vpcId(),
                c.subnetIds(),
                c.securityGroupIds(),
                c.clusterSecurityGroupId(),
                c.endpointPublicAccess(),
                c.endpointPrivateAccess(),
                c.publicAccessCidrs(),
                c.serviceIpv4Cidr(),
                c.enabledLogTypes(),
                c.oidcId(),
                c.platformVersion(),
                mode,
                c.tags(),
                c.clientRequestToken(),
                c.phase(),
                c.createdAt(),
                c.since(),
                c.settings());
        params.add(new ClusterUpdate.Param("AuthenticationMode", mode));
      }
    }
    ctx.account.clusters().put(c.key(), changed.withPhase(Phase.UPDATING, ctx.now()));
    return reply(start(ctx, c, "", "", type, params));
  }

  private static Cluster logging(Cluster c, Body logging) {
    Set<String> enabled = new LinkedHashSet<>(c.enabledLogTypes());
    for (Body setup : logging.objects("clusterLogging")) {
      boolean on = Boolean.TRUE.equals(setup.bool("enabled"));
      for (String type : setup.strings("types")) {
        if (!EksJson.LOG_TYPES.contains(type)) {
          throw EksErrors.invalidParameter(
              "Invalid log type " + type + "; use one of " + EksJson.LOG_TYPES,
              "clusterName",
              c.name());
        }
        if (on) {
          enabled.add(type);
        } else {
          enabled.remove(type);
        }
      }
    }
    if (enabled.equals(new LinkedHashSet<>(c.enabledLogTypes()))) {
      throw EksErrors.invalidParameter(
          "No changes needed for the logging config provided", "clusterName", c.name());
    }
    List<String> ordered = EksJson.LOG_TYPES.stream().filter(enabled::contains).toList();
    return c.withLogging(ordered);
  }

  private static Cluster endpointAccess(Cluster c, Body vpc, List<ClusterUpdate.Param> params) {
    if (vpc.has("subnetIds") || vpc.has("securityGroupIds")) {
      throw EksErrors.invalidParameter(
          "The sandbox does not support subnet or security group updates.",
          "clusterName",
          c.name());
    }
    boolean pub =
        vpc.has("endpointPublicAccess")
            ? vpc.bool("endpointPublicAccess")
            : c.endpointPublicAccess();
    boolean priv =
        vpc.has("endpointPrivateAccess")
            ? vpc.bool("endpointPrivateAccess")
            : c.endpointPrivateAccess();
    List<String> cidrs =
        vpc.has("publicAccessCidrs") ? vpc.strings("publicAccessCidrs") : c.publicAccessCidrs();
    if (!pub && !priv) {
      throw EksErrors.invalidParameter(
          "Cluster endpoint access must be enabled for at least one of public or private access.",
          "clusterName",
          c.name());
    }
    if (pub == c.endpointPublicAccess()
        && priv == c.endpointPrivateAccess()
        && cidrs.equals(c.publicAccessCidrs())) {
      throw EksErrors.invalidParameter(
          "Cluster is already at the desired configuration with endpointPrivateAccess: "
              + priv
              + " , endpointPublicAccess: "
              + pub
              + ", and Public Endpoint Restrictions: "
              + cidrs,
          "clusterName",
          c.name());
    }
    params.add(new ClusterUpdate.Param("EndpointPublicAccess", String.valueOf(pub)));
    params.add(new ClusterUpdate.Param("EndpointPrivateAccess", String.valueOf(priv)));
    params.add(new ClusterUpdate.Param("PublicAccessCidrs", Body.JSON.writeValueAsString(cidrs)));
    return c.withEndpointAccess(pub, priv, cidrs);
  }

  Reply updateVersion(SandboxRequest request, String name) {
    Cluster c = ctx.cluster(request, name);
    Body body = Body.of(request);
    return ctx.idempotent(
        "UpdateClusterVersion",
        c.key(),
        body,
        () -> {
          String version = body.text("version");
          if (version == null) {
            throw EksErrors.required("version");
          }
          int from = AddonCatalog.KUBERNETES_VERSIONS.indexOf(c.version());
          int to = AddonCatalog.KUBERNETES_VERSIONS.indexOf(version);
          if (to < 0 || to != from + 1) {
            throw EksErrors.invalidParameter(
                "Unsupported Kubernetes minor version update from "
                    + c.version()
                    + " to "
                    + version,
                "clusterName",
                c.name());
          }
          if (c.phase() != Phase.ACTIVE) {
            throw EksErrors.clusterNotActive(c.name());
          }
          Optional<ClusterUpdate> running = ctx.clusterUpdateInProgress(c);
          if (running.isPresent()) {
            throw EksErrors.inUse(
                "Cannot VersionUpdate because cluster "
                    + c.name()
                    + " currently has update "
                    + running.get().id()
                    + " in progress",
                "clusterName",
                c.name());
          }
          ctx.account.clusters().put(c.key(), c.withPhase(Phase.UPDATING, ctx.now()));
          return reply(
              start(
                  ctx,
                  c,
                  "",
                  "",
                  "VersionUpdate",
                  List.of(
                      new ClusterUpdate.Param("Version", version),
                      new ClusterUpdate.Param("PlatformVersion", c.platformVersion()))));
        });
  }

  Reply describe(SandboxRequest request, String name, String id) {
    Cluster c = ctx.cluster(request, name);
    ClusterUpdate u = ctx.account.updates().get(id);
    String nodegroup = nullToEmpty(request.queryParam("nodegroupName"));
    String addon = nullToEmpty(request.queryParam("addonName"));
    if (u == null
        || !u.clusterKey().equals(c.key())
        || !u.nodegroupName().equals(nodegroup)
        || !u.addonName().equals(addon)) {
      throw EksErrors.notFound("No update found for ID: " + id, "clusterName", name);
    }
    return Reply.json(reply(u));
  }

  Reply list(SandboxRequest request, String name) {
    Cluster c = ctx.cluster(request, name);
    String nodegroup = nullToEmpty(request.queryParam("nodegroupName"));
    String addon = nullToEmpty(request.queryParam("addonName"));
    List<String> ids =
        ctx.account.updates().values().stream()
            .filter(u -> u.clusterKey().equals(c.key()))
            .filter(u -> u.nodegroupName().equals(nodegroup) && u.addonName().equals(addon))
            .map(ClusterUpdate::id)
            .sorted()
            .toList();
    return Paging.reply("updateIds", ids, request);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
