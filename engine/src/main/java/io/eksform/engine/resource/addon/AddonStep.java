package io.eksform.engine.resource.addon;

import io.eksform.engine.apply.EksWaits;
import io.eksform.engine.apply.Failures;
import io.eksform.engine.apply.Fields;
import io.eksform.engine.apply.Step;
import io.eksform.engine.apply.StepContext;
import io.eksform.engine.apply.StepFailedException;
import io.eksform.engine.plan.Action;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.eks.model.ResourceNotFoundException;
import tools.jackson.databind.JsonNode;

/**
 * Creates, updates or deletes an EKS add-on and waits for it (ACTIVE, or gone); an add-on that
 * already exists when it is to be created is updated to what the plan says instead, and one still
 * DELETING (an interrupted replacement) is waited out first. {@code resolveConflicts} is sent as
 * the plan says, and left out when it says nothing (EKS's default applies, as with eksctl); the
 * namespace is sent on create. UpdateAddon takes no tags, so an update tags the add-on after.
 */
public final class AddonStep implements Step {
  private final Action action;
  private final String name;
  private final JsonNode after;

  /** {@code action} is CREATE, UPDATE or DELETE: a replacement is a DELETE step, then a CREATE. */
  AddonStep(Action action, String name, JsonNode after) {
    this.action = action;
    this.name = name;
    this.after = after;
  }

  @Override
  public String verb() {
    return switch (action) {
      case CREATE -> "creating";
      case DELETE -> "deleting";
      default -> "updating";
    };
  }

  @Override
  public void run(StepContext ctx) {
    try (var waiter = EksWaits.waiter(ctx)) {
      if (action == Action.DELETE) {
        try {
          ctx.aws().eks().deleteAddon(r -> r.clusterName(ctx.cluster()).addonName(name));
        } catch (ResourceNotFoundException e) {
          return;
        }
        waiter.waitUntilAddonDeleted(r -> r.clusterName(ctx.cluster()).addonName(name));
        return;
      }
      if (action == Action.CREATE && deleting(ctx)) {
        waiter.waitUntilAddonDeleted(r -> r.clusterName(ctx.cluster()).addonName(name));
      }
      boolean created =
          action == Action.CREATE && EksWaits.callWhileBusy(ctx, verb(), () -> create(ctx));
      if (!created) {
        ctx.aws()
            .eks()
            .updateAddon(
                r -> {
                  r.clusterName(ctx.cluster()).addonName(name);
                  Fields.optionalText(after, "resolve_conflicts").ifPresent(r::resolveConflicts);
                  Fields.optionalText(after, "version").ifPresent(r::addonVersion);
                  Fields.optionalText(after, "service_account_role_arn")
                      .ifPresent(r::serviceAccountRoleArn);
                  Fields.optionalText(after, "configuration_values")
                      .ifPresent(r::configurationValues);
                });
        tag(ctx);
      }
      waiter.waitUntilAddonActive(r -> r.clusterName(ctx.cluster()).addonName(name));
    } catch (SdkException e) {
      throw new StepFailedException("add-on " + name + ": " + Failures.describe(e), e);
    }
  }

  /** UpdateAddon takes no tags: the config's tags go on through TagResource. */
  private void tag(StepContext ctx) {
    Map<String, String> tags = Fields.map(after, "tags");
    if (tags.isEmpty()) {
      return;
    }
    String arn =
        ctx.aws()
            .eks()
            .describeAddon(r -> r.clusterName(ctx.cluster()).addonName(name))
            .addon()
            .addonArn();
    ctx.aws().eks().tagResource(r -> r.resourceArn(arn).tags(tags));
  }

  private boolean deleting(StepContext ctx) {
    try {
      return "DELETING"
          .equals(
              ctx.aws()
                  .eks()
                  .describeAddon(r -> r.clusterName(ctx.cluster()).addonName(name))
                  .addon()
                  .statusAsString());
    } catch (ResourceNotFoundException e) {
      return false;
    }
  }

  private void create(StepContext ctx) {
    Map<String, String> tags = new TreeMap<>(Fields.map(after, "tags"));
    tags.putAll(ctx.ownershipTags());
    ctx.aws()
        .eks()
        .createAddon(
            r -> {
              r.clusterName(ctx.cluster()).addonName(name).tags(tags);
              Fields.optionalText(after, "resolve_conflicts").ifPresent(r::resolveConflicts);
              Fields.optionalText(after, "namespace")
                  .ifPresent(n -> r.namespaceConfig(c -> c.namespace(n)));
              Fields.optionalText(after, "version").ifPresent(r::addonVersion);
              Fields.optionalText(after, "service_account_role_arn")
                  .ifPresent(r::serviceAccountRoleArn);
              Fields.optionalText(after, "configuration_values").ifPresent(r::configurationValues);
            });
  }
}
