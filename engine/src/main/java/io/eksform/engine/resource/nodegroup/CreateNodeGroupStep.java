package io.eksform.engine.resource.nodegroup;

import io.eksform.engine.apply.CreateStep;
import io.eksform.engine.apply.EksWaits;
import io.eksform.engine.apply.Fields;
import io.eksform.engine.apply.OwnedSubnets;
import io.eksform.engine.apply.StepContext;
import io.eksform.engine.apply.StepFailedException;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import tools.jackson.databind.JsonNode;

/**
 * Creates a managed node group and waits until it is ACTIVE; an existing one is adopted (one being
 * deleted is waited out and created again). Its tags name the change's address, so the next plan
 * finds it whatever its name.
 */
public final class CreateNodeGroupStep extends CreateStep {
  CreateNodeGroupStep(JsonNode after, String name, String replaces) {
    super(after, name, replaces);
  }

  @Override
  public void run(StepContext ctx) {
    Map<String, String> tags = ownedTags(ctx);
    JsonNode scaling = after.path("scaling");
    var taints = NodeGroupTaints.of(after.path("taints"));
    createOrAdopt(
        ctx,
        () ->
            ctx.aws()
                .eks()
                .createNodegroup(
                    r -> {
                      r.clusterName(ctx.cluster())
                          .nodegroupName(name)
                          .capacityType(Fields.text(after, "capacity_type"))
                          .subnets(OwnedSubnets.of(ctx, after, "subnets"))
                          .nodeRole(Fields.text(after, "node_role"))
                          .scalingConfig(
                              s ->
                                  s.minSize(scaling.path("min").asInt())
                                      .maxSize(scaling.path("max").asInt())
                                      .desiredSize(scaling.path("desired").asInt()))
                          .labels(Fields.map(after, "labels"))
                          .tags(tags)
                          .clientRequestToken(token(ctx, ""));
                      if (!taints.isEmpty()) {
                        r.taints(taints);
                      }
                      Fields.optionalText(after, "version").ifPresent(r::version);
                      if (after.has("max_unavailable") || after.has("max_unavailable_percentage")) {
                        r.updateConfig(
                            u ->
                                u.maxUnavailable(integer(after, "max_unavailable"))
                                    .maxUnavailablePercentage(
                                        integer(after, "max_unavailable_percentage")));
                      }
                      // Members a launch template takes over are left out of the plan, and so
                      // of the request.
                      if (after.has("instance_types")) {
                        r.instanceTypes(Fields.strings(after, "instance_types"));
                      }
                      Fields.optionalText(after, "ami_type").ifPresent(r::amiType);
                      if (after.path("disk_size").isIntegralNumber()) {
                        r.diskSize(after.path("disk_size").asInt());
                      }
                      Fields.optionalText(after, "launch_template_id")
                          .ifPresent(
                              id ->
                                  r.launchTemplate(
                                      t ->
                                          t.id(id)
                                              .version(
                                                  Fields.optionalText(
                                                          after, "launch_template_version")
                                                      .orElse(null))));
                      Fields.optionalText(after, "release_version").ifPresent(r::releaseVersion);
                      if (after.path("node_repair").isObject()) {
                        r.nodeRepairConfig(NodeRepairRequest.of(after.path("node_repair")));
                      }
                    }),
        () ->
            ctx.aws()
                .eks()
                .describeNodegroup(r -> r.clusterName(ctx.cluster()).nodegroupName(name))
                .nodegroup()
                .statusAsString(),
        waiter ->
            waiter.waitUntilNodegroupDeleted(
                r -> r.clusterName(ctx.cluster()).nodegroupName(name)));
    try (var waiter = EksWaits.waiter(ctx)) {
      waiter.waitUntilNodegroupActive(r -> r.clusterName(ctx.cluster()).nodegroupName(name));
    } catch (SdkException e) {
      throw new StepFailedException(NodeGroupStatus.why(ctx, name, e), e);
    }
  }

  /** A whole number of the plan's after object, or null when it has none. */
  static Integer integer(JsonNode after, String field) {
    return after.path(field).isIntegralNumber() ? after.path(field).asInt() : null;
  }
}
