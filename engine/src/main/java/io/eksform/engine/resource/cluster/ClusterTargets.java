package io.eksform.engine.resource.cluster;

import io.eksform.engine.apply.Fields;
import io.eksform.engine.apply.OwnedSubnets;
import io.eksform.engine.apply.StepContext;
import io.eksform.engine.apply.StepFailedException;
import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.plan.Unknown;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import tools.jackson.databind.JsonNode;

/**
 * The ids a new cluster's creation needs that its plan could not know ({@link Unknown}): the role
 * eksform made for it, by name, and the subnets and control-plane security group of the network
 * eksform made for it, by their ownership tags.
 */
final class ClusterTargets {
  private ClusterTargets() {}

  static String roleArn(StepContext ctx, JsonNode after) {
    if (!Unknown.is(after.get("role_arn"))) {
      return Fields.text(after, "role_arn");
    }
    String name = ManagedNames.clusterRole(ctx.cluster());
    try {
      return ctx.aws().iam().getRole(r -> r.roleName(name)).role().arn();
    } catch (NoSuchEntityException e) {
      throw new StepFailedException(
          "the cluster role " + name + " does not exist; plan again to create it", e);
    }
  }

  static List<String> subnetIds(StepContext ctx, JsonNode after) {
    return OwnedSubnets.of(ctx, after, "subnet_ids");
  }

  static List<String> securityGroupIds(StepContext ctx, JsonNode after) {
    if (!Unknown.is(after.get("security_group_ids"))) {
      return Fields.strings(after, "security_group_ids");
    }
    List<String> ids =
        ctx
            .aws()
            .ec2()
            .describeSecurityGroupsPaginator(r -> r.filters(ownedBy(ctx)))
            .securityGroups()
            .stream()
            .filter(g -> resource(g.tags()).equals("security_group.control_plane"))
            .map(g -> g.groupId())
            .sorted()
            .toList();
    if (ids.isEmpty()) {
      throw new StepFailedException(
          "no control-plane security group tagged "
              + ManagedNames.TAG_CLUSTER
              + "="
              + ctx.cluster()
              + " exists; plan again to create the cluster's network");
    }
    return ids;
  }

  private static Filter ownedBy(StepContext ctx) {
    return Filter.builder().name("tag:" + ManagedNames.TAG_CLUSTER).values(ctx.cluster()).build();
  }

  private static String resource(List<software.amazon.awssdk.services.ec2.model.Tag> tags) {
    return tags.stream()
        .filter(t -> t.key().equals(ManagedNames.TAG_RESOURCE))
        .map(t -> t.value())
        .findFirst()
        .orElse("");
  }
}
