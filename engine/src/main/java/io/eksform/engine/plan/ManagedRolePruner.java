package io.eksform.engine.plan;

import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.live.LiveRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * A role eksform created and keeps for the whole cluster (the node role, the Fargate pod execution
 * role), once nothing uses it: no object of the config would take the role, and every live one that
 * names it leaves, pruned or replaced by one with another role. Deleted with {@code --prune} after
 * those; a role something still uses is named with what uses it.
 */
public final class ManagedRolePruner {
  private ManagedRolePruner() {}

  /** A live object that names the role: its address in the plan, its status, its field. */
  public record User(ResourceAddress address, String status, String roleField) {}

  /** True when {@code arn} is the role eksform made under its path with this name. */
  public static boolean isRole(String arn, String name) {
    return arn.endsWith(":role" + ManagedNames.ROLE_PATH + name);
  }

  /**
   * Prunes the role {@code name} at {@code address} unless one of {@code candidates} goes on using
   * it ({@code roleField} of a replacement's after names the role it moves to).
   */
  public static void prune(
      PlanContext ctx,
      ResourceAddress address,
      String name,
      List<User> candidates,
      String roleField,
      String why) {
    LiveRole role = ctx.live.roles().get(name);
    if (role == null) {
      return;
    }
    List<ResourceAddress> leaving = new ArrayList<>();
    List<String> staying = new ArrayList<>();
    for (User user : candidates) {
      if (!user.roleField().equals(role.arn())) {
        continue;
      }
      if (leaves(ctx, user.address(), roleField, role.arn())) {
        leaving.add(user.address());
      } else {
        staying.add(user.address() + ("DELETING".equals(user.status()) ? " (DELETING)" : ""));
      }
    }
    Optional<String> creator = Pruning.eksform(ctx, role.tags());
    if (!staying.isEmpty()) {
      if (creator.isPresent()) {
        ctx.unmanaged.add(
            address
                + ": created by eksform and the config no longer needs it, but "
                + String.join(", ", staying)
                + (staying.size() == 1 ? " still uses it" : " still use it")
                + "; eksform deletes it once nothing does");
      }
      return;
    }
    ObjectNode before = Json.object();
    before.put("role_name", role.name());
    before.put("role_arn", role.arn());
    before.set("attach_policy_arns", Json.strings(role.attachedPolicyArns()));
    Pruning.leave(ctx, address, creator, before, leaving, new Pruning.Why(why, why));
  }

  /**
   * True when the object at {@code address} stops using the role with this plan: it leaves with
   * {@code --prune}, or a replacement gives it another role.
   */
  private static boolean leaves(
      PlanContext ctx, ResourceAddress address, String roleField, String arn) {
    if (ctx.prunable.contains(address)) {
      return true;
    }
    return ctx.changes.stream()
        .anyMatch(
            c ->
                c.address().equals(address)
                    && c.action() == Action.REPLACE
                    && !c.after().path(roleField).asString("").equals(arn));
  }
}
