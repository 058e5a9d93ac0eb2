package io.eksform.sandbox.eks;

import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.Addon;
import io.eksform.sandbox.state.Cluster;
import io.eksform.sandbox.state.ClusterUpdate;
import io.eksform.sandbox.state.Ids;
import io.eksform.sandbox.state.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Add-ons: Create (with the namespace it is installed in and how conflicts are resolved), Describe,
 * List, Update, Delete and the DescribeAddonVersions catalog.
 */
final class AddonOperations {
  private static final Set<String> RESOLVE_CONFLICTS = Set.of("OVERWRITE", "NONE", "PRESERVE");
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private final EksContext ctx;

  AddonOperations(EksContext ctx) {
    this.ctx = ctx;
  }

  private Addon addon(Cluster c, String name) {
    Addon a = ctx.account.addons().get(Account.key(c.key(), name));
    if (a == null) {
      throw EksErrors.notFound(
          "No addon: " + name + " found in cluster: " + c.name(),
          "clusterName",
          c.name(),
          "addonName",
          name);
    }
    return a;
  }

  Reply describe(SandboxRequest request, String cluster, String name) {
    Addon a = addon(ctx.cluster(request, cluster), name);
    return Reply.json(EksJson.write(EksJson.wrap("addon", ctx.json.addon(a))));
  }

  Reply list(SandboxRequest request, String cluster) {
    Cluster c = ctx.cluster(request, cluster);
    String prefix = c.key() + "/";
    List<String> names = new ArrayList<>();
    ctx.account
        .addons()
        .forEach(
            (k, v) -> {
              if (k.startsWith(prefix)) {
                names.add(v.name());
              }
            });
    return Paging.reply("addons", names, request);
  }

  Reply versions(SandboxRequest request) {
    String name = request.queryParam("addonName");
    String kubernetes = request.queryParam("kubernetesVersion");
    List<String> names = new ArrayList<>();
    for (AddonCatalog.Entry e : AddonCatalog.ENTRIES) {
      if (name == null || name.equals(e.name())) {
        names.add(e.name());
      }
    }
    if (name != null && names.isEmpty()) {
      throw EksErrors.notFound("Addon " + name + " specified is not supported");
    }
    Paging.Page page = Paging.page(names, request);
    ObjectNode out = EksJson.object();
    ArrayNode addons = out.putArray("addons");
    for (String n : page.items()) {
      addons.add(AddonCatalog.describe(AddonCatalog.find(n).orElseThrow(), kubernetes));
    }
    if (page.nextToken() != null) {
      out.put("nextToken", page.nextToken());
    }
    return Reply.json(EksJson.write(out));
  }

  Reply create(SandboxRequest request, String cluster) {
    Cluster c = ctx.cluster(request, cluster);
    Body body = Body.of(request);
    String name = body.requiredText("addonName");
    return ctx.idempotent(
        "CreateAddon", Account.key(c.key(), name), body, () -> doCreate(c, body, name));
  }

  private String doCreate(Cluster c, Body body, String name) {
    String[] ids = {"clusterName", c.name(), "addonName", name};
    // Member constraints are checked before anything else, as AWS's request validation does.
    resolveConflicts(body, ids);
    String namespace = namespace(body, ids);
    AddonCatalog.Entry entry =
        AddonCatalog.find(name)
            .orElseThrow(
                () ->
                    EksErrors.invalidParameter(
                        "Addon " + name + " specified is not supported", ids));
    String version = body.text("addonVersion");
    if (version == null) {
      version =
          entry
              .defaultFor(c.version())
              .orElseThrow(
                  () ->
                      EksErrors.invalidParameter(
                          "Addon " + name + " has no version for Kubernetes " + c.version(), ids));
    } else if (!entry.versions().contains(version)) {
      throw EksErrors.invalidParameter(
          "Addon version " + version + " specified is not supported", ids);
    }
    if (ctx.account.addons().containsKey(Account.key(c.key(), name))) {
      throw EksErrors.inUse("Addon already exists.", ids);
    }
    if (c.phase() != Phase.ACTIVE && c.phase() != Phase.UPDATING) {
      throw EksErrors.clusterNotActive(c.name());
    }
    long now = ctx.now();
    Addon a =
        new Addon(
            c.region(),
            c.name(),
            name,
            "arn:aws:eks:"
                + c.region()
                + ":"
                + ctx.account.id()
                + ":addon/"
                + c.name()
                + "/"
                + name
                + "/"
                + Ids.uuid(),
            version,
            body.text("serviceAccountRoleArn"),
            body.text("configurationValues"),
            namespace,
            body.map("tags"),
            Phase.CREATING,
            now,
            now,
            now);
    ctx.account.addons().put(a.key(), a);
    ctx.account.transitionsChanged();
    return EksJson.write(EksJson.wrap("addon", ctx.json.addon(a)));
  }

  Reply update(SandboxRequest request, String cluster, String name) {
    Cluster c = ctx.cluster(request, cluster);
    Addon a = addon(c, name);
    Body body = Body.of(request);
    return ctx.idempotent(
        "UpdateAddon",
        a.key(),
        body,
        () -> {
          String[] ids = {"clusterName", c.name(), "addonName", name};
          String conflicts = resolveConflicts(body, ids);
          if (a.phase() != Phase.ACTIVE) {
            throw EksErrors.inUse(
                "Addon "
                    + name
                    + " cannot be updated as it is currently in "
                    + a.phase().name()
                    + " state",
                ids);
          }
          List<ClusterUpdate.Param> params = new ArrayList<>();
          String version = a.version();
          if (body.has("addonVersion")) {
            version = body.text("addonVersion");
            if (!AddonCatalog.find(name).orElseThrow().versions().contains(version)) {
              throw EksErrors.invalidParameter(
                  "Addon version " + version + " specified is not supported", ids);
            }
            params.add(new ClusterUpdate.Param("AddonVersion", version));
          }
          String role = a.serviceAccountRoleArn();
          if (body.has("serviceAccountRoleArn")) {
            role = body.text("serviceAccountRoleArn");
            params.add(new ClusterUpdate.Param("ServiceAccountRoleArn", role));
          }
          if (conflicts != null) {
            params.add(new ClusterUpdate.Param("ResolveConflicts", conflicts));
          }
          String configuration = a.configurationValues();
          if (body.has("configurationValues")) {
            configuration = body.text("configurationValues");
            params.add(new ClusterUpdate.Param("ConfigurationValues", configuration));
          }
          ctx.account
              .addons()
              .put(
                  a.key(),
                  a.withSettings(version, role, configuration)
                      .withPhase(Phase.UPDATING, ctx.now()));
          return UpdateOperations.reply(
              UpdateOperations.start(ctx, c, "", name, "AddonUpdate", params));
        });
  }

  /**
   * The request's {@code resolveConflicts}, one of EKS's three values (EKS reads them in any letter
   * case), or null when absent. EKS keeps no record of it: it only steers this call.
   */
  private static String resolveConflicts(Body body, String[] ids) {
    String value = body.text("resolveConflicts");
    if (value == null) {
      return null;
    }
    if (!RESOLVE_CONFLICTS.contains(value.toUpperCase(Locale.ROOT))) {
      throw EksErrors.invalidParameter(
          "1 validation error detected: Value '"
              + value
              + "' at 'resolveConflicts' failed to satisfy constraint: Member must satisfy enum"
              + " value set: [OVERWRITE, NONE, PRESERVE]",
          ids);
    }
    return value;
  }

  /**
   * The namespace of {@code namespaceConfig}, or null when the request names none: 1 to 63
   * characters, an RFC 1123 DNS label.
   */
  private static String namespace(Body body, String[] ids) {
    if (!body.has("namespaceConfig")) {
      return null;
    }
    String namespace = body.object("namespaceConfig").text("namespace");
    if (namespace == null) {
      return null;
    }
    if (namespace.isEmpty() || namespace.length() > 63) {
      throw EksErrors.invalidParameter(
          "1 validation error detected: Value '"
              + namespace
              + "' at 'namespaceConfig.namespace' failed to satisfy constraint: Member must have"
              + (namespace.isEmpty()
                  ? " length greater than or equal to 1"
                  : " length less than or equal to 63"),
          ids);
    }
    if (!DNS_LABEL.matcher(namespace).matches()) {
      throw EksErrors.invalidParameter(
          "Namespace " + namespace + " is not a valid RFC 1123 DNS label", ids);
    }
    return namespace;
  }

  Reply delete(SandboxRequest request, String cluster, String name) {
    Cluster c = ctx.cluster(request, cluster);
    Addon a = addon(c, name);
    Addon deleting = a.phase() == Phase.DELETING ? a : a.withPhase(Phase.DELETING, ctx.now());
    ctx.account.addons().put(a.key(), deleting);
    ctx.account.transitionsChanged();
    return Reply.json(EksJson.write(EksJson.wrap("addon", ctx.json.addon(deleting))));
  }
}
