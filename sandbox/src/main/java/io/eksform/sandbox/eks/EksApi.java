package io.eksform.sandbox.eks;

import io.eksform.sandbox.http.AwsError;
import io.eksform.sandbox.http.Operation;
import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import io.eksform.sandbox.http.ServiceApi;
import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.Cluster;
import io.eksform.sandbox.state.Lifecycle;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/** Amazon EKS (rest-json): routes method + raw path to an operation and renders JSON errors. */
public final class EksApi implements ServiceApi {
  private final ClusterOperations clusters;
  private final UpdateOperations updates;
  private final FargateOperations fargate;
  private final NodegroupOperations nodegroups;
  private final NodegroupUpdates nodegroupUpdates;
  private final AddonOperations addons;
  private final TagOperations tags;
  private final AccessEntryOperations accessEntries;

  /**
   * Creates the EKS API over an account; {@code endpoints} gives each cluster's Kubernetes API URL
   * and {@code events} hears about clusters created and deleted.
   */
  public EksApi(
      Account account,
      Lifecycle lifecycle,
      Function<Cluster, String> endpoints,
      ClusterEvents events) {
    EksContext ctx = new EksContext(account, lifecycle, new EksJson(endpoints), events);
    this.clusters = new ClusterOperations(ctx);
    this.updates = new UpdateOperations(ctx);
    this.fargate = new FargateOperations(ctx);
    this.nodegroups = new NodegroupOperations(ctx);
    this.nodegroupUpdates = new NodegroupUpdates(ctx, nodegroups);
    this.addons = new AddonOperations(ctx);
    this.tags = new TagOperations(ctx);
    this.accessEntries = new AccessEntryOperations(ctx);
  }

  /**
   * Loads the JSON machinery ahead of the first call (it takes a few hundred milliseconds on a cold
   * JVM), so a background thread can do it while the server already listens.
   */
  public static void warmUp() {
    Body.JSON.readTree(EksJson.write(EksJson.object().put("createdAt", EksJson.epochSeconds(0))));
  }

  @Override
  public Operation route(SandboxRequest r) {
    List<String> s = r.segments();
    String m = r.method();
    int n = s.size();
    if (n >= 1 && s.get(0).equals("clusters")) {
      return routeClusters(r, s, m, n);
    }
    if (n == 2 && s.get(0).equals("tags")) {
      String arn = s.get(1);
      switch (m) {
        case "GET":
          return Operation.read("ListTagsForResource", () -> tags.list(r, arn));
        case "POST":
          return Operation.write("TagResource", () -> tags.tag(r, arn));
        case "DELETE":
          return Operation.write("UntagResource", () -> tags.untag(r, arn));
        default:
          break;
      }
    }
    if (n == 2
        && s.get(0).equals("addons")
        && s.get(1).equals("supported-versions")
        && m.equals("GET")) {
      return Operation.read("DescribeAddonVersions", () -> addons.versions(r));
    }
    throw unknown(r);
  }

  private Operation routeClusters(SandboxRequest r, List<String> s, String m, int n) {
    if (n == 1) {
      if (m.equals("GET")) {
        return Operation.read("ListClusters", () -> clusters.list(r));
      }
      if (m.equals("POST")) {
        return Operation.write("CreateCluster", () -> clusters.create(r));
      }
      throw unknown(r);
    }
    String c = s.get(1);
    if (n == 2) {
      if (m.equals("GET")) {
        return Operation.read("DescribeCluster", () -> clusters.describe(r, c));
      }
      if (m.equals("DELETE")) {
        return Operation.write("DeleteCluster", () -> clusters.delete(r, c));
      }
      throw unknown(r);
    }
    String kind = s.get(2);
    String item = n >= 4 ? s.get(3) : null;
    String key = m + " " + kind + (n == 3 ? "" : n == 4 ? " {}" : " {} " + s.get(4));
    if (n > 5) {
      throw unknown(r);
    }
    switch (key) {
      case "POST update-config":
        return Operation.write("UpdateClusterConfig", () -> updates.updateConfig(r, c));
      case "POST updates":
        return Operation.write("UpdateClusterVersion", () -> updates.updateVersion(r, c));
      case "GET updates":
        return Operation.read("ListUpdates", () -> updates.list(r, c));
      case "GET updates {}":
        return Operation.read("DescribeUpdate", () -> updates.describe(r, c, item));
      case "GET fargate-profiles":
        return Operation.read("ListFargateProfiles", () -> fargate.list(r, c));
      case "POST fargate-profiles":
        return Operation.write("CreateFargateProfile", () -> fargate.create(r, c));
      case "GET fargate-profiles {}":
        return Operation.read("DescribeFargateProfile", () -> fargate.describe(r, c, item));
      case "DELETE fargate-profiles {}":
        return Operation.write("DeleteFargateProfile", () -> fargate.delete(r, c, item));
      case "GET node-groups":
        return Operation.read("ListNodegroups", () -> nodegroups.list(r, c));
      case "POST node-groups":
        return Operation.write("CreateNodegroup", () -> nodegroups.create(r, c));
      case "GET node-groups {}":
        return Operation.read("DescribeNodegroup", () -> nodegroups.describe(r, c, item));
      case "DELETE node-groups {}":
        return Operation.write("DeleteNodegroup", () -> nodegroups.delete(r, c, item));
      case "POST node-groups {} update-config":
        return Operation.write(
            "UpdateNodegroupConfig", () -> nodegroupUpdates.updateConfig(r, c, item));
      case "POST node-groups {} update-version":
        return Operation.write(
            "UpdateNodegroupVersion", () -> nodegroupUpdates.updateVersion(r, c, item));
      case "GET addons":
        return Operation.read("ListAddons", () -> addons.list(r, c));
      case "POST addons":
        return Operation.write("CreateAddon", () -> addons.create(r, c));
      case "GET addons {}":
        return Operation.read("DescribeAddon", () -> addons.describe(r, c, item));
      case "DELETE addons {}":
        return Operation.write("DeleteAddon", () -> addons.delete(r, c, item));
      case "GET access-entries":
        return Operation.read("ListAccessEntries", () -> accessEntries.list(r, c));
      case "GET access-entries {}":
        return Operation.read("DescribeAccessEntry", () -> accessEntries.describe(r, c, item));
      case "GET access-entries {} access-policies":
        return Operation.read(
            "ListAssociatedAccessPolicies", () -> accessEntries.policies(r, c, item));
      case "POST addons {} update":
        return Operation.write("UpdateAddon", () -> addons.update(r, c, item));
      default:
        throw unknown(r);
    }
  }

  private static AwsError unknown(SandboxRequest r) {
    return new AwsError(
        "UnknownOperationException",
        404,
        "The sandbox's EKS API has no operation for "
            + r.method()
            + " /"
            + String.join("/", r.segments()));
  }

  @Override
  public Reply error(AwsError error, SandboxRequest request) {
    ObjectNode body = EksJson.object();
    error.fields().forEach(body::put);
    body.put("message", error.getMessage());
    return new Reply(
        error.status(),
        "application/json",
        EksJson.write(body).getBytes(StandardCharsets.UTF_8),
        Map.of("x-amzn-ErrorType", error.code()));
  }

  @Override
  public AwsError throttled() {
    return new AwsError("ThrottlingException", 429, "Rate exceeded");
  }

  @Override
  public AwsError internalFailure() {
    return new AwsError("ServerException", 500, "An internal error occurred in the sandbox.");
  }
}
