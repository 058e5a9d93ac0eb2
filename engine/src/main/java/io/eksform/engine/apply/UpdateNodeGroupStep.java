package io.eksform.engine.apply;

import io.eksform.engine.plan.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import tools.jackson.databind.JsonNode;

/**
 * Updates a managed node group in place: its scaling and labels (one config update), then its
 * Kubernetes version (a version update), waiting for ACTIVE after each.
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
    if (scaling || labels) {
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
              });
      waitActive(ctx, name);
    }
    if (after.has("version") && !after.path("version").equals(before.path("version"))) {
      ctx.aws()
          .eks()
          .updateNodegroupVersion(
              r ->
                  r.clusterName(ctx.cluster())
                      .nodegroupName(name)
                      .version(after.path("version").asString()));
      waitActive(ctx, name);
    }
  }

  private static void waitActive(StepContext ctx, String name) {
    try (var waiter = EksWaits.waiter(ctx)) {
      waiter.waitUntilNodegroupActive(r -> r.clusterName(ctx.cluster()).nodegroupName(name));
    } catch (SdkException e) {
      throw new StepFailedException(NodeGroupStatus.why(ctx, name, e), e);
    }
  }
}
