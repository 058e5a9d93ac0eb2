package io.eksform.engine.resource.cluster;

import io.eksform.engine.desired.ConfigFields;
import io.eksform.engine.desired.ConfigVpc;
import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.live.LiveSubnet;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Changes;
import io.eksform.engine.plan.Json;
import io.eksform.engine.plan.ManagedRolePlanner;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.ResourceAddress;
import io.eksform.engine.plan.Unknown;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.node.ObjectNode;

/**
 * The creation of a cluster EKS does not have, with every setting the config gives it at creation
 * (eksctl's defaults where it gives none): version, role, subnets and security groups, endpoint
 * access, Kubernetes network, logging, secrets encryption, access, upgrade policy, zonal shift and
 * tags. Ids made earlier in the same plan (the cluster role, eksform's network) are {@link
 * Unknown}, found by the step at run time.
 */
final class NewClusterPlanner {
  /** The network types whose creation the cluster waits for when eksform makes its network. */
  private static final Set<String> NETWORK_TYPES =
      Set.of(
          ResourceAddress.SUBNET,
          ResourceAddress.ROUTE_TABLE,
          ResourceAddress.NAT_GATEWAY,
          ResourceAddress.SECURITY_GROUP);

  private NewClusterPlanner() {}

  static void plan(PlanContext ctx) {
    similarNames(ctx);
    ConfigFields fields = ctx.desired().fields();
    ConfigVpc vpc = ConfigVpc.of(fields);
    List<ResourceAddress> dependsOn = new ArrayList<>();
    ObjectNode after = Json.object();
    after.put("name", ctx.cluster());
    after.put("version", ctx.desired().createdVersion());
    Optional<String> role = fields.value("/iam/serviceRoleARN");
    ResourceAddress roleAddress = ResourceAddress.of(ResourceAddress.CLUSTER_ROLE);
    Optional<Change> roleChange =
        ctx.changes().stream().filter(c -> c.address().equals(roleAddress)).findFirst();
    if (role.isPresent()) {
      after.put("role_arn", role.get());
    } else if (roleChange.isPresent() && roleChange.get().action() == Action.CREATE) {
      after.set("role_arn", Unknown.node());
      dependsOn.add(roleAddress);
    } else {
      roleChange.ifPresent(c -> dependsOn.add(roleAddress));
      after.put("role_arn", ManagedRolePlanner.arn(ctx, ManagedNames.clusterRole(ctx.cluster())));
    }
    if (vpc.existing()) {
      checkSubnets(ctx, vpc);
      after.set("subnet_ids", Json.strings(vpc.subnetIds()));
      after.set("security_group_ids", Json.strings(vpc.controlPlaneSecurityGroups()));
    } else {
      // eksform's network, planned before the cluster: its subnets and control-plane group are
      // found by their tags when the cluster is created.
      after.set("subnet_ids", Unknown.node());
      after.set("security_group_ids", Unknown.node());
      for (Change c : ctx.changes()) {
        boolean network = NETWORK_TYPES.contains(c.address().type());
        boolean sharedNodeGroup =
            c.address().type().equals(ResourceAddress.SECURITY_GROUP)
                && !c.address().name().equals("control_plane");
        if (network && !sharedNodeGroup && c.isChange()) {
          dependsOn.add(c.address());
        }
      }
    }
    after.put("endpoint_public_access", ctx.desired().endpointPublicAccess().orElse(true));
    after.put("endpoint_private_access", ctx.desired().endpointPrivateAccess().orElse(false));
    List<String> cidrs = values(fields, "/vpc/publicAccessCIDRs/");
    if (!cidrs.isEmpty()) {
      after.set("public_access_cidrs", Json.strings(cidrs));
    }
    text(fields, after, "/kubernetesNetworkConfig/ipFamily", "ip_family");
    text(fields, after, "/kubernetesNetworkConfig/serviceIPv4CIDR", "service_ipv4_cidr");
    ctx.desired().logTypes().ifPresent(types -> after.set("logging", Json.strings(types)));
    text(fields, after, "/secretsEncryption/keyARN", "secrets_key_arn");
    text(fields, after, "/accessConfig/authenticationMode", "authentication_mode");
    flag(
        fields,
        after,
        "/accessConfig/bootstrapClusterCreatorAdminPermissions",
        "bootstrap_cluster_creator_admin_permissions");
    text(fields, after, "/upgradePolicy/supportType", "support_type");
    flag(fields, after, "/zonalShiftConfig/enabled", "zonal_shift");
    after.set("tags", Json.map(ctx.desired().tags()));
    ctx.add(
        Changes.create(
            ResourceAddress.of(ResourceAddress.CLUSTER),
            after,
            ctx.live().cluster().exists()
                ? "cluster "
                    + ctx.cluster()
                    + " is still CREATING (an apply stopped before it was ACTIVE): it is waited"
                    + " for"
                : "EKS has no cluster " + ctx.cluster() + " in " + ctx.live().region(),
            dependsOn,
            "/metadata"));
  }

  /**
   * A cluster of a similar name exists: the config may mean it, and a typo in {@code metadata.name}
   * would create a second cluster beside it.
   */
  private static void similarNames(PlanContext ctx) {
    List<String> similar = ctx.live().similarClusters();
    if (similar.isEmpty()) {
      return;
    }
    ctx.warning(
        "EKS has no cluster "
            + ctx.cluster()
            + " in "
            + ctx.live().region()
            + ", so this plan creates one; clusters of a similar name exist: "
            + String.join(", ", similar),
        "/metadata/name",
        "did you mean '" + similar.get(0) + "'? If so, set metadata.name to it");
  }

  /**
   * The subnets the config names are in {@code vpc.id} (when it gives one), each known to EC2, and
   * in two zones at least, as EKS requires: each a clear error at its line before anything is made.
   */
  private static void checkSubnets(PlanContext ctx, ConfigVpc vpc) {
    Set<String> zones = new TreeSet<>();
    for (ConfigVpc.Subnet s : vpc.subnets()) {
      Optional<LiveSubnet> live =
          ctx.live().subnets().stream().filter(l -> l.id().equals(s.id())).findFirst();
      if (live.isEmpty()) {
        ctx.error(
            "subnet "
                + s.id()
                + (vpc.id().isPresent()
                    ? " is not in vpc.id " + vpc.id().get()
                    : " is not in the VPC of the config's other subnets, or does not exist"),
            s.pointer(),
            "name a subnet of "
                + vpc.id().orElse("that VPC")
                + " (aws ec2 describe-subnets --filters Name=vpc-id,Values="
                + vpc.id().orElse("<vpc>")
                + ")");
        continue;
      }
      zones.add(live.get().availabilityZone());
    }
    if (vpc.subnets().isEmpty()) {
      ctx.error(
          "vpc.id is set but vpc.subnets names no subnet of it; EKS needs the cluster's subnets",
          "/vpc/id",
          "list two subnets or more, in two zones, under vpc.subnets.private or vpc.subnets.public");
    } else if (zones.size() == 1 && zones.size() == vpcKnown(ctx, vpc)) {
      ctx.error(
          "the subnets of vpc.subnets are all in "
              + zones.iterator().next()
              + "; EKS needs two zones",
          "/vpc/subnets",
          "add a subnet of another availability zone");
    }
  }

  /** How many zones the config's known subnets span, counted only when every subnet is known. */
  private static int vpcKnown(PlanContext ctx, ConfigVpc vpc) {
    Set<String> zones = new TreeSet<>();
    for (ConfigVpc.Subnet s : vpc.subnets()) {
      var live = ctx.live().subnets().stream().filter(l -> l.id().equals(s.id())).findFirst();
      if (live.isEmpty()) {
        return -1;
      }
      zones.add(live.get().availabilityZone());
    }
    return zones.size();
  }

  private static List<String> values(ConfigFields fields, String prefix) {
    return fields.values().stream()
        .filter(f -> f.pointer().startsWith(prefix))
        .map(io.eksform.engine.desired.ConfigField::value)
        .toList();
  }

  private static void text(ConfigFields fields, ObjectNode after, String pointer, String key) {
    fields.value(pointer).ifPresent(v -> after.put(key, v));
  }

  private static void flag(ConfigFields fields, ObjectNode after, String pointer, String key) {
    fields.value(pointer).ifPresent(v -> after.put(key, Boolean.parseBoolean(v)));
  }
}
