package io.eksform.engine.resource.nodegroup;

import io.eksform.engine.apply.EksWaits;
import io.eksform.engine.apply.Fields;
import io.eksform.engine.apply.Step;
import io.eksform.engine.apply.StepContext;
import io.eksform.engine.apply.StepFailedException;
import io.eksform.engine.plan.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import tools.jackson.databind.JsonNode;

/**
 * Updates a managed node group in place: its scaling, labels, taints, update configuration and node
 * repair (one config update), then its Kubernetes version, AMI release and launch template version
 * (one version update), waiting for ACTIVE after each; and its tags, which EKS takes only through
 * TagResource.
 */
final class UpdateNodeGroupStep implements Step {
  private final Change change;

  UpdateNodeGroupStep(Change change) {
    this.change = change;
  }

  @Override
  public String verb() {
    return "updating";
  }

  @Override
  public void run(StepContext ctx) {
    // A create-before-destroy replacement left the group under a suffixed name: the live one.
    String name = Fields.optionalText(change.before(), "name").orElse(change.address().name());
    JsonNode after = change.after();
    JsonNode before = change.before();
    boolean scaling = after.has("scaling") && !after.path("scaling").equals(before.path("scaling"));
    boolean labels = after.has("labels") && !after.path("labels").equals(before.path("labels"));
    boolean repair = changed(before, after, "node_repair");
    boolean taints = changed(before, after, "taints");
    boolean update =
        changed(before, after, "max_unavailable")
            || changed(before, after, "max_unavailable_percentage");
    if (scaling || labels || repair || taints || update) {
      Map<String, String> wanted = Fields.map(after, "labels");
      List<String> removed = new ArrayList<>(Fields.map(before, "labels").keySet());
      removed.removeAll(wanted.keySet());
      ctx.aws()
          .eks()
          .updateNodegroupConfig(
              r -> {
                r.clusterName(ctx.cluster()).nodegroupName(name);
                if (scaling) {
                  JsonNode s = after.path("scaling");
                  r.scalingConfig(
                      c ->
                          c.minSize(s.path("min").asInt())
                              .maxSize(s.path("max").asInt())
                              .desiredSize(s.path("desired").asInt()));
                }
                if (labels) {
                  r.labels(l -> l.addOrUpdateLabels(wanted).removeLabels(removed));
                }
                if (repair) {
                  r.nodeRepairConfig(NodeRepairRequest.of(after.path("node_repair")));
                }
                if (taints) {
                  r.taints(
                      t ->
                          t.addOrUpdateTaints(NodeGroupTaints.of(after.path("taints")))
                              .removeTaints(
                                  NodeGroupTaints.removed(
                                      before.path("taints"), after.path("taints"))));
                }
                if (update) {
                  r.updateConfig(
                      u ->
                          u.maxUnavailable(CreateNodeGroupStep.integer(after, "max_unavailable"))
                              .maxUnavailablePercentage(
                                  CreateNodeGroupStep.integer(
                                      after, "max_unavailable_percentage")));
                }
              });
      waitActive(ctx, name);
    }
    if (changed(before, after, "tags")) {
      // UpdateNodegroupConfig takes no tags: they go on through TagResource.
      String arn =
          ctx.aws()
              .eks()
              .describeNodegroup(r -> r.clusterName(ctx.cluster()).nodegroupName(name))
              .nodegroup()
              .nodegroupArn();
      ctx.aws().eks().tagResource(r -> r.resourceArn(arn).tags(Fields.map(after, "tags")));
    }
    boolean version = changed(before, after, "version");
    boolean release = changed(before, after, "release_version");
    boolean template = changed(before, after, "launch_template_version");
    if (version || release || template) {
      // One version update carries the Kubernetes version, the AMI release and the launch
      // template version, whichever changed.
      ctx.aws()
          .eks()
          .updateNodegroupVersion(
              r -> {
                r.clusterName(ctx.cluster()).nodegroupName(name);
                if (version) {
                  r.version(after.path("version").asString());
                }
                if (release) {
                  r.releaseVersion(after.path("release_version").asString());
                }
                if (template) {
                  r.launchTemplate(
                      t ->
                          t.id(Fields.text(after, "launch_template_id"))
                              .version(after.path("launch_template_version").asString()));
                }
              });
      waitActive(ctx, name);
    }
  }

  private static boolean changed(JsonNode before, JsonNode after, String field) {
    return after.has(field) && !after.path(field).equals(before.path(field));
  }

  private static void waitActive(StepContext ctx, String name) {
    try (var waiter = EksWaits.waiter(ctx)) {
      waiter.waitUntilNodegroupActive(r -> r.clusterName(ctx.cluster()).nodegroupName(name));
    } catch (SdkException e) {
      throw new StepFailedException(NodeGroupStatus.why(ctx, name, e), e);
    }
  }
}
