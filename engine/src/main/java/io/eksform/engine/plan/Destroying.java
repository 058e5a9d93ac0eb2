package io.eksform.engine.plan;

import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.live.LiveCluster;
import io.eksform.engine.live.LiveRole;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every kind's {@code destroy} shares: who made a live object (eksform or eksctl, for this
 * cluster, by its tags), the deletion change, the note for what a destroy leaves and why, and the
 * refusal of a cluster neither eksform nor eksctl made.
 */
public final class Destroying {
  private Destroying() {}

  /** "eksform" or "eksctl" when the tags say either made the object for this cluster. */
  public static Optional<String> maker(PlanContext ctx, Map<String, String> tags) {
    if (ManagedNames.createdByEksform(tags, ctx.cluster())) {
      return Optional.of("eksform");
    }
    return ctx.cluster().equals(tags.get(ManagedNames.EKSCTL_CLUSTER_TAG))
        ? Optional.of("eksctl")
        : Optional.empty();
  }

  /**
   * Plans the deletion of {@code address}, after {@code dependsOn}; {@code why} says why it goes
   * (who made it, or that the cluster cannot go while it exists).
   */
  public static void delete(
      PlanContext ctx,
      ResourceAddress address,
      JsonNode before,
      String why,
      List<ResourceAddress> dependsOn) {
    ctx.add(
        new Change(
            address,
            Action.DELETE,
            before,
            Json.NONE,
            List.of(),
            List.of("destroying cluster " + ctx.cluster() + ": " + why),
            dependsOn,
            ""));
  }

  /**
   * Plans the deletion of an object that keeps EKS from deleting the cluster (a node group, a
   * Fargate profile: {@code what}), whoever made it; the reason names its maker when its tags do.
   */
  public static void deleteBlocker(
      PlanContext ctx,
      ResourceAddress address,
      JsonNode before,
      Map<String, String> tags,
      String what) {
    delete(
        ctx,
        address,
        before,
        maker(ctx, tags).map(m -> "made by " + m).orElse("a " + what + " of the cluster")
            + "; EKS deletes no cluster that has a "
            + what,
        List.of());
  }

  /** Names something the destroy leaves in the account, and why. */
  public static void leave(PlanContext ctx, String what, String why) {
    ctx.noteUnmanaged(what + ": left by the destroy: " + why);
  }

  /** The addresses of the changes planned so far whose type is one of {@code types}. */
  public static List<ResourceAddress> planned(PlanContext ctx, String... types) {
    List<String> wanted = List.of(types);
    return ctx.changes().stream()
        .map(Change::address)
        .filter(a -> wanted.contains(a.type()))
        .toList();
  }

  /** The before of a role that leaves: its name, ARN and managed policies. */
  public static ObjectNode roleBefore(LiveRole role) {
    ObjectNode before = Json.object();
    before.put("role_name", role.name());
    before.put("role_arn", role.arn());
    before.set("attach_policy_arns", Json.strings(role.attachedPolicyArns()));
    return before;
  }

  /**
   * Plans the deletion of a role at {@code address} when eksform or eksctl made it for this
   * cluster; names it as left otherwise. {@code user} says what ran with it.
   */
  public static void role(
      PlanContext ctx,
      ResourceAddress address,
      LiveRole role,
      String user,
      List<ResourceAddress> dependsOn) {
    Optional<String> maker = maker(ctx, role.tags());
    if (maker.isEmpty()) {
      leave(
          ctx,
          "IAM role " + role.name(),
          user + " runs with it, but neither eksform nor eksctl made it for this cluster");
      return;
    }
    delete(ctx, address, roleBefore(role), "made by " + maker.get() + " for " + user, dependsOn);
  }

  /**
   * True when the destroy must stop before planning anything: EKS has the cluster, but its tags say
   * neither eksform nor eksctl made it (then the plan holds an error at {@code metadata.name}).
   */
  public static boolean refused(PlanContext ctx) {
    LiveCluster cluster = ctx.live().cluster();
    if (!cluster.exists() || ManagedNames.ownedBy(cluster.tags(), ctx.cluster())) {
      return false;
    }
    ctx.error(
        "cluster "
            + ctx.cluster()
            + " was made neither by eksform nor by eksctl (it has no "
            + ManagedNames.TAG_CLUSTER
            + " or "
            + ManagedNames.EKSCTL_CLUSTER_TAG
            + " tag naming it); eksform destroys only a cluster one of them made",
        "/metadata/name",
        "delete it with the tool that made it, or check that metadata.name names the cluster"
            + " you mean");
    return true;
  }
}
