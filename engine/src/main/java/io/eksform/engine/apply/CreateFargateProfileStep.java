package io.eksform.engine.apply;

import io.eksform.engine.desired.ManagedNames;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.eks.model.FargateProfileSelector;
import tools.jackson.databind.JsonNode;

/**
 * Creates a Fargate profile (under {@code name}, which a create-before-destroy replacement
 * suffixes) and waits until it is ACTIVE; the tags name the change's address so the next plan finds
 * the profile whatever its name. A profile of that name that exists is adopted and waited for.
 */
final class CreateFargateProfileStep implements Step {
  private final JsonNode after;
  private final String name;

  private final String replaces;

  /**
   * {@code replaces} names the profile a replacement replaces ("" for a plain create), so that its
   * request token differs from the one that created the old profile with the same settings.
   */
  CreateFargateProfileStep(JsonNode after, String name, String replaces) {
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
            () -> {
              EksWaits.callWhileBusy(
                  ctx,
                  verb(),
                  () ->
                      ctx.aws()
                          .eks()
                          .createFargateProfile(
                              r ->
                                  r.clusterName(ctx.cluster())
                                      .fargateProfileName(name)
                                      .podExecutionRoleArn(role)
                                      .subnets(Fields.strings(after, "subnets"))
                                      .selectors(selectors)
                                      .tags(tags)
                                      .clientRequestToken(token(ctx, tags))));
              try (var waiter = EksWaits.waiter(ctx)) {
                waiter.waitUntilFargateProfileActive(
                    r -> r.clusterName(ctx.cluster()).fargateProfileName(name));
              } catch (SdkException e) {
                throw new StepFailedException(
                    EksWaits.why(ctx, name, () -> "waiting for ACTIVE: " + e.getMessage()), e);
              }
            });
  }

  /** The same request gets the same token (a retried call is not a second create); another, not. */
  private String token(StepContext ctx, Map<String, String> tags) {
    return io.eksform.engine.live.Fingerprints.sha256(
            ctx.cluster() + "\n" + name + "\n" + after + "\n" + new TreeMap<>(tags) + replaces)
        .substring(0, 32);
  }
}
