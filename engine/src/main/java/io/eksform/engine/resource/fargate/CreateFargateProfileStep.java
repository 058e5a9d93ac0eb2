package io.eksform.engine.resource.fargate;

import io.eksform.engine.apply.CreateStep;
import io.eksform.engine.apply.EksWaits;
import io.eksform.engine.apply.Fields;
import io.eksform.engine.apply.OwnedSubnets;
import io.eksform.engine.apply.StepContext;
import io.eksform.engine.apply.StepFailedException;
import io.eksform.engine.desired.ManagedNames;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.eks.model.FargateProfileSelector;
import tools.jackson.databind.JsonNode;

/**
 * Creates a Fargate profile (under {@code name}, which a create-before-destroy replacement
 * suffixes) and waits until it is ACTIVE; the tags name the change's address so the next plan finds
 * the profile whatever its name. A profile of that name that exists is adopted and waited for; one
 * being deleted is waited out and created again.
 */
public final class CreateFargateProfileStep extends CreateStep {
  CreateFargateProfileStep(JsonNode after, String name, String replaces) {
    super(after, name, replaces);
  }

  @Override
  public void run(StepContext ctx) {
    Map<String, String> tags = ownedTags(ctx);
    tags.put(ManagedNames.TAG_RESOURCE, ctx.address().toString());
    var selectors =
        java.util.stream.StreamSupport.stream(after.path("selectors").spliterator(), false)
            .map(
                s ->
                    FargateProfileSelector.builder()
                        .namespace(s.path("namespace").asString())
                        .labels(Fields.map(s, "labels"))
                        .build())
            .toList();
    String role = Fields.text(after, "pod_execution_role_arn");
    ctx.fargateLock()
        .run(
            ctx,
            () -> {
              createOrAdopt(
                  ctx,
                  () ->
                      ctx.aws()
                          .eks()
                          .createFargateProfile(
                              r ->
                                  r.clusterName(ctx.cluster())
                                      .fargateProfileName(name)
                                      .podExecutionRoleArn(role)
                                      .subnets(OwnedSubnets.of(ctx, after, "subnets"))
                                      .selectors(selectors)
                                      .tags(tags)
                                      .clientRequestToken(token(ctx, "\n" + new TreeMap<>(tags)))),
                  () ->
                      ctx.aws()
                          .eks()
                          .describeFargateProfile(
                              r -> r.clusterName(ctx.cluster()).fargateProfileName(name))
                          .fargateProfile()
                          .statusAsString(),
                  waiter ->
                      waiter.waitUntilFargateProfileDeleted(
                          r -> r.clusterName(ctx.cluster()).fargateProfileName(name)));
              try (var waiter = EksWaits.waiter(ctx)) {
                waiter.waitUntilFargateProfileActive(
                    r -> r.clusterName(ctx.cluster()).fargateProfileName(name));
              } catch (SdkException e) {
                throw new StepFailedException(
                    FargateProfileStatus.why(
                        ctx, name, () -> "waiting for ACTIVE: " + e.getMessage()),
                    e);
              }
            });
  }
}
