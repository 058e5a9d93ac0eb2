package io.eksform.engine.apply;

import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.eks.model.Taint;
import tools.jackson.databind.JsonNode;

/**
 * Creates a managed node group and waits until it is ACTIVE; an existing one is adopted. Its tags
 * name the change's address, so the next plan finds it whatever its name.
 */
final class CreateNodeGroupStep implements Step {
  private final JsonNode after;
  private final String name;

  private final String replaces;

  /**
   * {@code name} is the config's, or a suffixed one for a create-before-destroy replacement; {@code
   * replaces} names the group a replacement replaces ("" for a plain create), so that its request
   * token differs from the one that created the old group with the same settings.
   */
  CreateNodeGroupStep(JsonNode after, String name, String replaces) {
    this.after = after;
    this.name = name;
    this.replaces = replaces;
  }

  @Override
  public String verb() {
    return "creating";
  }

  @Override
  public void run(StepContext ctx) {
    Map<String, String> tags = new TreeMap<>(Fields.map(after, "tags"));
    tags.putAll(ctx.ownershipTags());
    JsonNode scaling = after.path("scaling");
    var taints =
        java.util.stream.StreamSupport.stream(after.path("taints").spliterator(), false)
            .map(
                t ->
                    Taint.builder()
                        .key(t.path("key").asString())
                        .value(Fields.optionalText(t, "value").orElse(null))
                        .effect(t.path("effect").asString())
                        .build())
            .toList();
    EksWaits.callWhileBusy(
        ctx,
        verb(),
        () ->
            ctx.aws()
                .eks()
                .createNodegroup(
                    r -> {
                      r.clusterName(ctx.cluster())
                          .nodegroupName(name)
                          .instanceTypes(Fields.strings(after, "instance_types"))
                          .amiType(Fields.text(after, "ami_type"))
                          .capacityType(Fields.text(after, "capacity_type"))
                          .diskSize(after.path("disk_size").asInt())
                          .subnets(Fields.strings(after, "subnets"))
                          .nodeRole(Fields.text(after, "node_role"))
                          .scalingConfig(
                              s ->
                                  s.minSize(scaling.path("min").asInt())
                                      .maxSize(scaling.path("max").asInt())
                                      .desiredSize(scaling.path("desired").asInt()))
                          .labels(Fields.map(after, "labels"))
                          .tags(tags)
                          .clientRequestToken(
                              io.eksform.engine.live.Fingerprints.sha256(
                                      ctx.cluster() + "\n" + name + "\n" + after + replaces)
                                  .substring(0, 32));
                      if (!taints.isEmpty()) {
                        r.taints(taints);
                      }
                      Fields.optionalText(after, "version").ifPresent(r::version);
                    }));
    try (var waiter = EksWaits.waiter(ctx)) {
      waiter.waitUntilNodegroupActive(r -> r.clusterName(ctx.cluster()).nodegroupName(name));
    } catch (SdkException e) {
      throw new StepFailedException(NodeGroupStatus.why(ctx, name, e), e);
    }
  }
}
