package io.eksform.engine.resource.cluster;

import io.eksform.engine.apply.EksWaits;
import io.eksform.engine.apply.Fields;
import io.eksform.engine.apply.Step;
import io.eksform.engine.apply.StepContext;
import io.eksform.engine.apply.StepFailedException;
import io.eksform.engine.plan.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.eks.model.LogSetup;
import software.amazon.awssdk.services.eks.model.LogType;
import tools.jackson.databind.JsonNode;

/**
 * Brings the cluster's settings in line: control-plane logging, endpoint access, tags, and one
 * minor version upgrade; each update EKS runs is waited for (ACTIVE) before the next.
 */
final class UpdateClusterStep implements Step {
  private final Change change;

  UpdateClusterStep(Change change) {
    this.change = change;
  }

  @Override
  public String verb() {
    return "updating";
  }

  @Override
  public void run(StepContext ctx) {
    JsonNode before = change.before();
    JsonNode after = change.after();
    String name = ctx.cluster();
    if (differs(before, after, "logging")) {
      Set<String> wanted = new TreeSet<>(Fields.strings(after, "logging"));
      List<LogType> enable = new ArrayList<>();
      List<LogType> disable = new ArrayList<>();
      for (LogType t : LogType.knownValues()) {
        (wanted.contains(t.toString()) ? enable : disable).add(t);
      }
      List<LogSetup> setups = new ArrayList<>();
      if (!enable.isEmpty()) {
        setups.add(LogSetup.builder().types(enable).enabled(true).build());
      }
      if (!disable.isEmpty()) {
        setups.add(LogSetup.builder().types(disable).enabled(false).build());
      }
      EksWaits.callWhileBusy(
          ctx,
          verb(),
          () ->
              ctx.aws()
                  .eks()
                  .updateClusterConfig(r -> r.name(name).logging(l -> l.clusterLogging(setups))));
      waitActive(ctx);
    }
    if (differs(before, after, "endpoint_public_access")
        || differs(before, after, "endpoint_private_access")) {
      EksWaits.callWhileBusy(
          ctx,
          verb(),
          () ->
              ctx.aws()
                  .eks()
                  .updateClusterConfig(
                      r ->
                          r.name(name)
                              .resourcesVpcConfig(
                                  v -> {
                                    if (after.has("endpoint_public_access")) {
                                      v.endpointPublicAccess(
                                          after.path("endpoint_public_access").asBoolean());
                                    }
                                    if (after.has("endpoint_private_access")) {
                                      v.endpointPrivateAccess(
                                          after.path("endpoint_private_access").asBoolean());
                                    }
                                  })));
      waitActive(ctx);
    }
    if (differs(before, after, "tags")) {
      String arn = ctx.aws().eks().describeCluster(r -> r.name(name)).cluster().arn();
      ctx.aws().eks().tagResource(r -> r.resourceArn(arn).tags(Fields.map(after, "tags")));
    }
    if (differs(before, after, "version")) {
      EksWaits.callWhileBusy(
          ctx,
          verb(),
          () ->
              ctx.aws()
                  .eks()
                  .updateClusterVersion(r -> r.name(name).version(Fields.text(after, "version"))));
      waitActive(ctx);
    }
  }

  private static boolean differs(JsonNode before, JsonNode after, String field) {
    return after.has(field) && !after.path(field).equals(before.path(field));
  }

  private static void waitActive(StepContext ctx) {
    try (var waiter = EksWaits.waiter(ctx)) {
      waiter.waitUntilClusterActive(r -> r.name(ctx.cluster()));
    } catch (SdkException e) {
      throw new StepFailedException(
          "cluster " + ctx.cluster() + " did not return to ACTIVE: " + e.getMessage(), e);
    }
  }
}
