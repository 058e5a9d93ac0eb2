package io.eksform.sandbox.eks;

import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import io.eksform.sandbox.state.AccessEntry;
import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.Cluster;
import io.eksform.sandbox.state.Ids;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * ListAccessEntries, DescribeAccessEntry and ListAssociatedAccessPolicies, and the access entry EKS
 * makes for a cluster's creator.
 */
final class AccessEntryOperations {
  static final String CLUSTER_ADMIN =
      "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy";
  private final EksContext ctx;

  AccessEntryOperations(EksContext ctx) {
    this.ctx = ctx;
  }

  /**
   * The entry that gives the creator of a cluster cluster-admin rights, made when its access config
   * asks for it and its authentication mode has access entries.
   */
  static void creatorEntry(Account account, Cluster c, String creatorArn, long now) {
    boolean wanted =
        c.settings().bootstrapClusterCreatorAdminPermissions()
            && !c.authenticationMode().equals("CONFIG_MAP");
    if (!wanted) {
      return;
    }
    AccessEntry entry =
        new AccessEntry(
            c.region(),
            c.name(),
            creatorArn,
            arn(account, c, creatorArn),
            creatorArn,
            List.of(),
            "STANDARD",
            List.of(new AccessEntry.Policy(CLUSTER_ADMIN, "cluster", List.of(), now)),
            java.util.Map.of(),
            now);
    account.accessEntries().put(entry.key(), entry);
  }

  private static String arn(Account account, Cluster c, String principalArn) {
    // arn:aws:iam::<account>:<type>/<name> becomes access-entry/<cluster>/<type>/<account>/<name>
    String[] parts = principalArn.split(":", 6);
    String resource = parts.length == 6 ? parts[5] : principalArn;
    int slash = resource.indexOf('/');
    String type = slash < 0 ? resource : resource.substring(0, slash);
    String name = resource.substring(resource.lastIndexOf('/') + 1);
    return "arn:aws:eks:"
        + c.region()
        + ":"
        + account.id()
        + ":access-entry/"
        + c.name()
        + "/"
        + type
        + "/"
        + (parts.length == 6 ? parts[4] : account.id())
        + "/"
        + name
        + "/"
        + Ids.derivedUuid(c.key() + "/" + principalArn);
  }

  private Cluster clusterWithEntries(SandboxRequest request, String name) {
    Cluster c = ctx.cluster(request, name);
    if (c.authenticationMode().equals("CONFIG_MAP")) {
      throw EksErrors.invalidRequest(
          "The cluster's authentication mode must be set to one of [API, API_AND_CONFIG_MAP] to"
              + " perform this operation.",
          "clusterName",
          name);
    }
    return c;
  }

  private List<AccessEntry> entriesOf(Cluster c) {
    String prefix = c.key() + "/";
    return ctx.account.accessEntries().entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix))
        .map(java.util.Map.Entry::getValue)
        .toList();
  }

  private AccessEntry entry(SandboxRequest request, String cluster, String principalArn) {
    Cluster c = clusterWithEntries(request, cluster);
    AccessEntry e = ctx.account.accessEntries().get(Account.key(c.key(), principalArn));
    if (e == null) {
      throw EksErrors.notFound(
          "The specified principalArn could not be found. You can view your available access"
              + " entries with 'list-access-entries'.",
          "clusterName",
          cluster);
    }
    return e;
  }

  Reply list(SandboxRequest request, String cluster) {
    Cluster c = clusterWithEntries(request, cluster);
    List<String> principals = entriesOf(c).stream().map(AccessEntry::principalArn).toList();
    return Paging.reply("accessEntries", principals, request);
  }

  Reply describe(SandboxRequest request, String cluster, String principalArn) {
    AccessEntry e = entry(request, cluster, principalArn);
    ObjectNode o = EksJson.object();
    o.put("clusterName", e.clusterName());
    o.put("principalArn", e.principalArn());
    EksJson.strings(o.putArray("kubernetesGroups"), e.kubernetesGroups());
    o.put("accessEntryArn", e.arn());
    o.put("createdAt", EksJson.epochSeconds(e.createdAt()));
    o.put("modifiedAt", EksJson.epochSeconds(e.createdAt()));
    ObjectNode tags = o.putObject("tags");
    e.tags().forEach(tags::put);
    o.put("username", e.username());
    o.put("type", e.type());
    return Reply.json(EksJson.write(EksJson.wrap("accessEntry", o)));
  }

  Reply policies(SandboxRequest request, String cluster, String principalArn) {
    AccessEntry e = entry(request, cluster, principalArn);
    ObjectNode o = EksJson.object();
    o.put("clusterName", e.clusterName());
    o.put("principalArn", e.principalArn());
    ArrayNode list = o.putArray("associatedAccessPolicies");
    for (AccessEntry.Policy p : e.policies()) {
      ObjectNode item = list.addObject();
      item.put("policyArn", p.policyArn());
      ObjectNode scope = item.putObject("accessScope");
      scope.put("type", p.scopeType());
      EksJson.strings(scope.putArray("namespaces"), p.namespaces());
      item.put("associatedAt", EksJson.epochSeconds(p.associatedAt()));
      item.put("modifiedAt", EksJson.epochSeconds(p.associatedAt()));
    }
    return Reply.json(EksJson.write(o));
  }
}
