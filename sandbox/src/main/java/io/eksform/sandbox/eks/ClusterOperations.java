package io.eksform.sandbox.eks;

import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.Cluster;
import io.eksform.sandbox.state.ClusterSettings;
import io.eksform.sandbox.state.Ids;
import io.eksform.sandbox.state.Phase;
import io.eksform.sandbox.state.SecurityGroup;
import io.eksform.sandbox.state.SecurityGroupRule;
import io.eksform.sandbox.state.Subnet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** ListClusters, DescribeCluster, CreateCluster and DeleteCluster. */
final class ClusterOperations {
  static final String DEFAULT_VERSION = "1.33";
  private static final java.util.regex.Pattern NAME =
      java.util.regex.Pattern.compile("^[0-9A-Za-z][A-Za-z0-9\\-_]{0,99}$");
  private final EksContext ctx;

  ClusterOperations(EksContext ctx) {
    this.ctx = ctx;
  }

  Reply list(SandboxRequest request) {
    String prefix = request.region() + "/";
    List<String> names = new ArrayList<>();
    for (Cluster c : ctx.account.clusters().values()) {
      if (c.key().startsWith(prefix)) {
        names.add(c.name());
      }
    }
    return Paging.reply("clusters", names, request);
  }

  Reply describe(SandboxRequest request, String name) {
    Cluster c = ctx.cluster(request, name);
    return Reply.json(EksJson.write(EksJson.wrap("cluster", ctx.json.cluster(c))));
  }

  Reply create(SandboxRequest request) {
    Body body = Body.of(request);
    String name = body.text("name");
    if (name == null) {
      throw EksErrors.required("name");
    }
    String key = Account.key(request.region(), name);
    return ctx.idempotent("CreateCluster", key, body, () -> doCreate(request, body, name, key));
  }

  private String doCreate(SandboxRequest request, Body body, String name, String key) {
    if (!NAME.matcher(name).matches()) {
      throw EksErrors.invalidParameter(
          "The cluster name "
              + name
              + " is invalid: use 1-100 letters, digits, '-' or '_',"
              + " starting with a letter or digit.");
    }
    String roleArn = body.text("roleArn");
    if (roleArn == null) {
      throw EksErrors.required("roleArn");
    }
    Body vpc = body.object("resourcesVpcConfig");
    List<String> subnetIds = vpc.strings("subnetIds");
    if (subnetIds.isEmpty()) {
      throw EksErrors.invalidParameter(
          "Subnets specified must be in at least two different AZs", "clusterName", name);
    }
    if (ctx.account.clusters().containsKey(key)) {
      throw EksErrors.inUse("Cluster already exists with name: " + name, "clusterName", name);
    }
    String vpcId = null;
    Set<String> zones = new HashSet<>();
    for (String id : subnetIds) {
      Subnet s = ctx.account.subnets().get(id);
      if (s == null || !s.region().equals(request.region())) {
        throw EksErrors.invalidParameter(
            "The subnet ID '" + id + "' does not exist", "clusterName", name);
      }
      if (vpcId != null && !vpcId.equals(s.vpcId())) {
        throw EksErrors.invalidParameter(
            "Subnets specified must belong to the same VPC", "clusterName", name);
      }
      vpcId = s.vpcId();
      zones.add(s.availabilityZone());
    }
    if (zones.size() < 2) {
      throw EksErrors.invalidParameter(
          "Subnets specified must be in at least two different AZs", "clusterName", name);
    }
    String version = body.text("version") == null ? DEFAULT_VERSION : body.text("version");
    if (!AddonCatalog.KUBERNETES_VERSIONS.contains(version)) {
      throw EksErrors.invalidParameter(
          "unsupported Kubernetes version " + version, "clusterName", name);
    }
    ClusterCreation.checkRole(ctx.account, roleArn, name);
    List<String> securityGroups = vpc.strings("securityGroupIds");
    ClusterCreation.checkSecurityGroups(ctx.account, request.region(), vpcId, securityGroups, name);
    List<String> logTypes = new ArrayList<>();
    for (Body setup : body.object("logging").objects("clusterLogging")) {
      if (Boolean.TRUE.equals(setup.bool("enabled"))) {
        logTypes.addAll(setup.strings("types"));
      }
    }
    Boolean publicAccess = vpc.bool("endpointPublicAccess");
    Boolean privateAccess = vpc.bool("endpointPrivateAccess");
    List<String> cidrs = vpc.strings("publicAccessCidrs");
    String serviceCidr = body.object("kubernetesNetworkConfig").text("serviceIpv4Cidr");
    String mode = body.object("accessConfig").text("authenticationMode");
    if (mode != null && !List.of("API", "API_AND_CONFIG_MAP", "CONFIG_MAP").contains(mode)) {
      throw EksErrors.invalidParameter(
          "Unsupported authentication mode " + mode, "clusterName", name);
    }
    ClusterSettings settings =
        ClusterCreation.settings(
            body, mode, name, "arn:aws:iam::" + ctx.account.id() + ":user/sandbox");
    long now = ctx.now();
    Cluster c =
        new Cluster(
            request.region(),
            name,
            ctx.arn(request, "cluster/" + name),
            version,
            roleArn,
            vpcId,
            subnetIds,
            securityGroups,
            clusterSecurityGroup(request.region(), vpcId, name),
            publicAccess == null || publicAccess,
            privateAccess != null && privateAccess,
            cidrs.isEmpty() ? List.of("0.0.0.0/0") : cidrs,
            serviceCidr == null ? "10.100.0.0/16" : serviceCidr,
            logTypes,
            Ids.issuerId(),
            "eks.1",
            mode == null ? "API_AND_CONFIG_MAP" : mode,
            body.map("tags"),
            body.text("clientRequestToken"),
            Phase.CREATING,
            now,
            now,
            settings);
    ctx.account.clusters().put(key, c);
    AccessEntryOperations.creatorEntry(ctx.account, c, settings.creatorArn(), now);
    ctx.account.transitionsChanged();
    ctx.events.created(c);
    return EksJson.write(EksJson.wrap("cluster", ctx.json.cluster(c)));
  }

  /**
   * EKS creates a security group for every cluster, named and tagged after it, that lets the
   * cluster and its nodes talk to each other and everything out.
   */
  private String clusterSecurityGroup(String region, String vpcId, String cluster) {
    String id = Ids.ec2("sg");
    String name =
        "eks-cluster-sg-"
            + cluster
            + "-"
            + java.util.concurrent.ThreadLocalRandom.current()
                .nextLong(1_000_000_000L, 10_000_000_000L);
    ctx.account
        .securityGroups()
        .put(
            id,
            new SecurityGroup(
                region,
                id,
                vpcId,
                name,
                "EKS created security group applied to ENI that is attached to EKS Control Plane"
                    + " master nodes, as well as any managed workloads.",
                Map.of(
                    "aws:eks:cluster-name",
                    cluster,
                    "kubernetes.io/cluster/" + cluster,
                    "owned",
                    "Name",
                    name),
                List.of(new SecurityGroupRule(Ids.ec2("sgr"), "-1", null, null, null, id)),
                List.of(SecurityGroupRule.allTrafficOut(Ids.ec2("sgr")))));
    return id;
  }

  Reply delete(SandboxRequest request, String name) {
    Cluster c = ctx.cluster(request, name);
    String prefix = c.key() + "/";
    if (ctx.account.nodegroups().keySet().stream().anyMatch(k -> k.startsWith(prefix))) {
      throw EksErrors.inUse("Cluster has nodegroups attached", "clusterName", name);
    }
    if (ctx.account.fargateProfiles().keySet().stream().anyMatch(k -> k.startsWith(prefix))) {
      throw EksErrors.inUse(
          "Cluster has Fargate Profiles in ACTIVE/CREATING state", "clusterName", name);
    }
    if (c.phase() == Phase.CREATING) {
      throw EksErrors.inUse(
          "Cluster " + name + " is currently being created and cannot be deleted",
          "clusterName",
          name);
    }
    Cluster deleting = c.phase() == Phase.DELETING ? c : c.withPhase(Phase.DELETING, ctx.now());
    ctx.account.clusters().put(c.key(), deleting);
    ctx.account.transitionsChanged();
    ctx.events.deleted(deleting);
    return Reply.json(EksJson.write(EksJson.wrap("cluster", ctx.json.cluster(deleting))));
  }
}
