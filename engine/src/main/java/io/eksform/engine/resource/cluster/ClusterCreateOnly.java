package io.eksform.engine.resource.cluster;

import io.eksform.engine.config.JsonPointers;
import io.eksform.engine.ledger.Disposition;
import io.eksform.engine.live.ClusterNetwork;
import io.eksform.engine.live.LiveCluster;
import io.eksform.engine.plan.PlanContext;
import java.util.Locale;
import java.util.Optional;

/**
 * The cluster's settings that EKS fixes when it creates the cluster (its VPC, role, IP family and
 * service CIDRs): a config that asks for something else is an error at that field's line, never a
 * silent no-op and never a replacement of the whole cluster. A value EKS does not report cannot be
 * compared, and the plan says so.
 */
final class ClusterCreateOnly {
  private ClusterCreateOnly() {}

  static void check(PlanContext ctx) {
    LiveCluster live = ctx.live().cluster();
    ClusterNetwork network = live.network();
    compare(ctx, "/vpc/id", Optional.of(live.vpcId()).filter(v -> !v.isEmpty()), false);
    compare(
        ctx, "/iam/serviceRoleARN", Optional.of(live.roleArn()).filter(v -> !v.isEmpty()), false);
    compare(ctx, "/kubernetesNetworkConfig/ipFamily", network.ipFamily(), true);
    compare(ctx, "/kubernetesNetworkConfig/serviceIPv4CIDR", network.serviceIpv4Cidr(), false);
    compare(ctx, "/kubernetesNetworkConfig/serviceIPv6CIDR", network.serviceIpv6Cidr(), false);
  }

  /**
   * Settings a new cluster is created with that eksform does not compare with an existing one (EKS
   * reports some of them, or none): named in the plan as not acted on, with their lines.
   */
  static void notCompared(PlanContext ctx) {
    String reason = "used when eksform creates the cluster; not compared with the existing cluster";
    var fields = ctx.desired().fields().values();
    for (String unit : CREATION_ONLY) {
      if (fields.stream()
          .anyMatch(f -> f.pointer().equals(unit) || f.pointer().startsWith(unit + "/"))) {
        ctx.notActedOn(unit, Disposition.VALIDATED_ONLY, reason);
      }
    }
    for (var f : fields) {
      if (SUBNET_ID.matcher(f.pointer()).matches()) {
        ctx.notActedOn(f.pointer(), Disposition.VALIDATED_ONLY, reason);
      }
    }
  }

  private static final java.util.regex.Pattern SUBNET_ID =
      java.util.regex.Pattern.compile("^/vpc/subnets/(private|public)/[^/]+/id$");

  /** The config's creation settings that {@link #check} does not compare. */
  private static final java.util.List<String> CREATION_ONLY =
      java.util.List.of(
          "/vpc/securityGroup",
          "/vpc/controlPlaneSecurityGroupIDs",
          "/vpc/publicAccessCIDRs",
          "/accessConfig/authenticationMode",
          "/accessConfig/bootstrapClusterCreatorAdminPermissions",
          "/secretsEncryption/keyARN",
          "/upgradePolicy/supportType",
          "/zonalShiftConfig/enabled",
          "/addonsConfig/disableDefaultAddons");

  private static void compare(
      PlanContext ctx, String pointer, Optional<String> live, boolean ignoreCase) {
    Optional<String> wanted = ctx.desired().fields().value(pointer);
    if (wanted.isEmpty()) {
      return;
    }
    if (live.isEmpty()) {
      ctx.notActedOn(
          pointer,
          Disposition.VALIDATED_ONLY,
          "fixed when the cluster is created, and EKS reports no value for this cluster, so it"
              + " could not be compared");
      return;
    }
    boolean same =
        ignoreCase
            ? wanted.get().toLowerCase(Locale.ROOT).equals(live.get().toLowerCase(Locale.ROOT))
            : wanted.get().equals(live.get());
    if (same) {
      return;
    }
    String path = JsonPointers.toPath(pointer);
    ctx.error(
        path
            + " is "
            + wanted.get()
            + ", and cluster "
            + ctx.cluster()
            + " has "
            + live.get()
            + "; EKS cannot change it after the cluster is created",
        pointer,
        "set " + path + " to " + live.get() + ", or create a new cluster with this value");
  }
}
