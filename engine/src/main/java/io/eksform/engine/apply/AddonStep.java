package io.eksform.engine.apply;

import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.eks.model.ResolveConflicts;
import software.amazon.awssdk.services.eks.model.ResourceNotFoundException;
import tools.jackson.databind.JsonNode;

/**
 * Creates, updates or deletes an EKS add-on and waits for it (ACTIVE, or gone); an add-on that
 * already exists when it is to be created is updated to what the plan says instead.
 */
final class AddonStep implements Step {
  private final Change change;

  AddonStep(Change change) {
    this.change = change;
  }

  @Override
  public String verb() {
    return switch (change.action()) {
      case CREATE -> "creating";
      case DELETE -> "deleting";
      default -> "updating";
    };
  }

  @Override
  public void run(StepContext ctx) {
    String name = change.address().name();
    JsonNode after = change.after();
    try (var waiter = EksWaits.waiter(ctx)) {
      if (change.action() == Action.DELETE) {
        try {
          ctx.aws().eks().deleteAddon(r -> r.clusterName(ctx.cluster()).addonName(name));
        } catch (ResourceNotFoundException e) {
          return;
        }
        waiter.waitUntilAddonDeleted(r -> r.clusterName(ctx.cluster()).addonName(name));
        return;
      }
      boolean created =
          change.action() == Action.CREATE
              && EksWaits.callWhileBusy(ctx, verb(), () -> create(ctx, name, after));
      if (!created) {
        ctx.aws()
            .eks()
            .updateAddon(
                r -> {
                  r.clusterName(ctx.cluster())
                      .addonName(name)
                      .resolveConflicts(ResolveConflicts.OVERWRITE);
                  Fields.optionalText(after, "version").ifPresent(r::addonVersion);
                  Fields.optionalText(after, "service_account_role_arn")
                      .ifPresent(r::serviceAccountRoleArn);
                  Fields.optionalText(after, "configuration_values")
                      .ifPresent(r::configurationValues);
                });
      }
      waiter.waitUntilAddonActive(r -> r.clusterName(ctx.cluster()).addonName(name));
    } catch (SdkException e) {
      throw new StepFailedException("add-on " + name + ": " + Failures.describe(e), e);
    }
  }

  private static void create(StepContext ctx, String name, JsonNode after) {
    Map<String, String> tags = new TreeMap<>(Fields.map(after, "tags"));
    tags.putAll(ctx.ownershipTags());
    ctx.aws()
        .eks()
        .createAddon(
            r -> {
              r.clusterName(ctx.cluster())
                  .addonName(name)
                  .tags(tags)
                  .resolveConflicts(ResolveConflicts.OVERWRITE);
              Fields.optionalText(after, "version").ifPresent(r::addonVersion);
              Fields.optionalText(after, "service_account_role_arn")
                  .ifPresent(r::serviceAccountRoleArn);
              Fields.optionalText(after, "configuration_values").ifPresent(r::configurationValues);
            });
  }
}
