package io.eksform.sandbox.eks;

import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.Cluster;
import io.eksform.sandbox.state.FargateProfile;
import io.eksform.sandbox.state.Ids;
import io.eksform.sandbox.state.Network;
import io.eksform.sandbox.state.Phase;
import io.eksform.sandbox.state.Role;
import io.eksform.sandbox.state.Selector;
import io.eksform.sandbox.state.Subnet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Create, Describe, List and DeleteFargateProfile with AWS's validations and its rule that at most
 * one profile per cluster is CREATING or DELETING at a time.
 */
final class FargateOperations {
  static final int MAX_PROFILES = 10;
  static final int MAX_SELECTORS = 5;
  static final int MAX_LABELS = 5;
  private final EksContext ctx;

  FargateOperations(EksContext ctx) {
    this.ctx = ctx;
  }

  private FargateProfile profile(SandboxRequest request, Cluster c, String name) {
    FargateProfile p = ctx.account.fargateProfiles().get(Account.key(c.region(), c.name(), name));
    if (p == null) {
      throw EksErrors.notFound(
          "No Fargate Profile found with name: " + name + ".",
          "clusterName",
          c.name(),
          "fargateProfileName",
          name);
    }
    return p;
  }

  private List<FargateProfile> profilesOf(Cluster c) {
    String prefix = c.key() + "/";
    List<FargateProfile> out = new ArrayList<>();
    for (var e : ctx.account.fargateProfiles().entrySet()) {
      if (e.getKey().startsWith(prefix)) {
        out.add(e.getValue());
      }
    }
    return out;
  }

  private Optional<FargateProfile> transitional(Cluster c) {
    return profilesOf(c).stream()
        .filter(p -> p.phase() == Phase.CREATING || p.phase() == Phase.DELETING)
        .findFirst();
  }

  Reply describe(SandboxRequest request, String cluster, String name) {
    Cluster c = ctx.cluster(request, cluster);
    FargateProfile p = profile(request, c, name);
    return Reply.json(EksJson.write(EksJson.wrap("fargateProfile", ctx.json.fargateProfile(p))));
  }

  Reply list(SandboxRequest request, String cluster) {
    Cluster c = ctx.cluster(request, cluster);
    List<String> names = profilesOf(c).stream().map(FargateProfile::name).toList();
    return Paging.reply("fargateProfileNames", names, request);
  }

  Reply create(SandboxRequest request, String cluster) {
    Cluster c = ctx.cluster(request, cluster);
    Body body = Body.of(request);
    String name = body.requiredText("fargateProfileName");
    return ctx.idempotent(
        "CreateFargateProfile", Account.key(c.key(), name), body, () -> doCreate(c, body, name));
  }

  private String doCreate(Cluster c, Body body, String name) {
    String[] ids = {"clusterName", c.name(), "fargateProfileName", name};
    String roleArn = body.requiredText("podExecutionRoleArn");
    List<Selector> selectors = selectors(body, ids);
    checkTrustPolicy(roleArn, ids);
    if (ctx.account.fargateProfiles().containsKey(Account.key(c.key(), name))) {
      throw EksErrors.inUse(
          "A Fargate Profile already exists with this name in this cluster.", ids);
    }
    if (c.phase() != Phase.ACTIVE && c.phase() != Phase.UPDATING) {
      throw EksErrors.clusterNotActive(c.name());
    }
    if (profilesOf(c).size() >= MAX_PROFILES) {
      throw EksErrors.limitExceeded(
          "Fargate Profile limit of " + MAX_PROFILES + " reached for cluster " + c.name() + ".",
          "clusterName",
          c.name());
    }
    Optional<FargateProfile> busy = transitional(c);
    if (busy.isPresent()) {
      throw EksErrors.inUse(
          "Cannot create Fargate Profile "
              + name
              + " because cluster "
              + c.name()
              + " currently has Fargate profile "
              + busy.get().name()
              + " in status "
              + busy.get().phase().name(),
          "clusterName",
          c.name());
    }
    List<String> subnets = subnets(c, body.strings("subnets"), ids);
    long now = ctx.now();
    FargateProfile p =
        new FargateProfile(
            c.region(),
            c.name(),
            name,
            "arn:aws:eks:"
                + c.region()
                + ":"
                + ctx.account.id()
                + ":fargateprofile/"
                + c.name()
                + "/"
                + name
                + "/"
                + Ids.uuid(),
            roleArn,
            subnets,
            selectors,
            body.map("tags"),
            Phase.CREATING,
            now,
            now);
    ctx.account.fargateProfiles().put(p.key(), p);
    ctx.account.transitionsChanged();
    return EksJson.write(EksJson.wrap("fargateProfile", ctx.json.fargateProfile(p)));
  }

  private static List<Selector> selectors(Body body, String[] ids) {
    List<Body> raw = body.objects("selectors");
    if (raw.isEmpty()) {
      throw EksErrors.invalidParameter("Fargate Profile requires at least one selector.", ids);
    }
    if (raw.size() > MAX_SELECTORS) {
      throw EksErrors.invalidParameter(
          "Fargate Profile cannot have more than " + MAX_SELECTORS + " selectors.", ids);
    }
    List<Selector> out = new ArrayList<>();
    for (Body s : raw) {
      String namespace = s.text("namespace");
      if (namespace == null || namespace.isEmpty()) {
        throw EksErrors.invalidParameter(
            "Fargate Profile must have at least one selector with at least one namespace value.",
            ids);
      }
      var labels = s.map("labels");
      if (labels.size() > MAX_LABELS) {
        throw EksErrors.invalidParameter(
            "Request contains Selector with more than " + MAX_LABELS + " Label pairs", ids);
      }
      out.add(new Selector(namespace, labels));
    }
    return out;
  }

  private void checkTrustPolicy(String roleArn, String[] ids) {
    String prefix = "arn:aws:iam::" + ctx.account.id() + ":role/";
    if (!roleArn.startsWith(prefix)) {
      return;
    }
    String name = roleArn.substring(roleArn.lastIndexOf('/') + 1);
    Role role = ctx.account.roles().get(name.toLowerCase(java.util.Locale.ROOT));
    if (role != null
        && !role.assumeRolePolicyDocument().contains("eks-fargate-pods.amazonaws.com")) {
      throw EksErrors.invalidParameter(
          "Misconfigured PodExecutionRole Trust Policy; Please add the"
              + " eks-fargate-pods.amazonaws.com Service Principal",
          ids);
    }
  }

  /**
   * The subnets to use: the requested ones, all private, in the cluster VPC; else the cluster's.
   */
  private List<String> subnets(Cluster c, List<String> requested, String[] ids) {
    if (requested.isEmpty()) {
      List<String> own = new ArrayList<>();
      for (String id : c.subnetIds()) {
        Subnet s = ctx.account.subnets().get(id);
        if (s != null && !Network.isPublic(ctx.account, s)) {
          own.add(id);
        }
      }
      if (own.isEmpty()) {
        throw EksErrors.invalidParameter(
            "No private subnets found for cluster " + c.name() + "; specify private subnets.", ids);
      }
      return own;
    }
    for (String id : requested) {
      Subnet s = ctx.account.subnets().get(id);
      if (s == null || !s.region().equals(c.region())) {
        throw EksErrors.invalidParameter("The subnet ID '" + id + "' does not exist", ids);
      }
      if (!s.vpcId().equals(c.vpcId())) {
        throw EksErrors.invalidParameter(
            "Subnet " + id + " is not in the VPC " + c.vpcId() + " of cluster " + c.name(), ids);
      }
      if (Network.isPublic(ctx.account, s)) {
        throw EksErrors.invalidParameter(
            "Subnet " + id + " provided in Fargate Profile is not a private subnet", ids);
      }
    }
    return requested;
  }

  Reply delete(SandboxRequest request, String cluster, String name) {
    Cluster c = ctx.cluster(request, cluster);
    FargateProfile p = profile(request, c, name);
    if (p.phase() != Phase.ACTIVE) {
      throw EksErrors.invalidRequest(
          "Fargate Profile is currently not in Active State.",
          "clusterName",
          c.name(),
          "fargateProfileName",
          name);
    }
    Optional<FargateProfile> busy = transitional(c);
    if (busy.isPresent()) {
      throw EksErrors.inUse(
          "Cannot Delete Fargate Profile "
              + name
              + " because cluster "
              + c.name()
              + " currently has Fargate profile "
              + busy.get().name()
              + " in status "
              + busy.get().phase().name(),
          "clusterName",
          c.name());
    }
    if (ctx.clusterUpdateInProgress(c).isPresent()) {
      throw EksErrors.inUse(
          "Cannot Delete Fargate Profile "
              + name
              + " because cluster "
              + c.name()
              + " currently has an update in progress",
          "clusterName",
          c.name());
    }
    FargateProfile deleting = p.withPhase(Phase.DELETING, ctx.now());
    ctx.account.fargateProfiles().put(deleting.key(), deleting);
    ctx.account.transitionsChanged();
    return Reply.json(
        EksJson.write(EksJson.wrap("fargateProfile", ctx.json.fargateProfile(deleting))));
  }
}
