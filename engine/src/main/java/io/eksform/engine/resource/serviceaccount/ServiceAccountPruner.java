package io.eksform.engine.resource.serviceaccount;

import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.desired.ServiceAccountSpec;
import io.eksform.engine.live.LiveRole;
import io.eksform.engine.live.LiveServiceAccount;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Json;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.Pruning;
import io.eksform.engine.plan.ResourceAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.node.ObjectNode;

/**
 * IRSA service accounts eksform created that the config no longer lists: per {@code
 * namespace/name}, the IAM roles eksform made for it (found by their tags) and the Kubernetes
 * service account (found by eksform's label) leave together. A service account the config now marks
 * {@code roleOnly} keeps its role; its Kubernetes service account leaves on its own when eksform
 * created it. What a change of this plan still uses, or a replacement already deletes, stays with
 * that change.
 */
final class ServiceAccountPruner {
  private static final String PREFIX = ResourceAddress.SERVICE_ACCOUNT + ".";
  private static final Pruning.Why ROLE_ONLY =
      new Pruning.Why(
          "roleOnly is set, so the config manages only its IAM role",
          "roleOnly is set, so the config manages only its IAM role");

  private ServiceAccountPruner() {}

  static void plan(PlanContext ctx) {
    Set<String> inConfig = new TreeSet<>();
    ctx.desired().serviceAccounts().forEach(sa -> inConfig.add(sa.key()));
    Set<String> usedRoles = new TreeSet<>();
    Set<String> replacedAccounts = new TreeSet<>();
    for (Change c : ctx.changes()) {
      if (!c.address().type().equals(ResourceAddress.SERVICE_ACCOUNT)) {
        continue;
      }
      usedRoles.add(c.after().path("role_name").asString(""));
      if (c.action() == Action.REPLACE) {
        usedRoles.add(c.before().path("role_name").asString(""));
        replacedAccounts.add(
            c.before().path("namespace").asString("") + "/" + c.before().path("name").asString(""));
      }
    }
    Map<String, List<LiveRole>> roles = new TreeMap<>();
    ctx.live().roles().values().stream()
        .sorted(Comparator.comparing(LiveRole::name))
        .forEach(
            r -> {
              String resource = r.tags().getOrDefault(ManagedNames.TAG_RESOURCE, "");
              String key = resource.startsWith(PREFIX) ? resource.substring(PREFIX.length()) : "";
              if (key.contains("/")
                  && ManagedNames.createdByEksform(r.tags(), ctx.cluster())
                  && !inConfig.contains(key)
                  && !usedRoles.contains(r.name())) {
                roles.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
              }
            });
    Map<String, LiveServiceAccount> accounts = new TreeMap<>();
    for (LiveServiceAccount sa : ctx.live().serviceAccounts()) {
      if (ManagedNames.labelledByEksform(sa.labels())
          && !inConfig.contains(sa.key())
          && !replacedAccounts.contains(sa.key())) {
        accounts.put(sa.key(), sa);
      }
    }
    Set<String> keys = new TreeSet<>(roles.keySet());
    keys.addAll(accounts.keySet());
    for (String key : keys) {
      Pruning.leave(
          ctx,
          ResourceAddress.of(ResourceAddress.SERVICE_ACCOUNT, key),
          Optional.of("eksform"),
          before(key, roles.getOrDefault(key, List.of()), Optional.ofNullable(accounts.get(key))),
          List.of(),
          Pruning.Why.NOT_IN_CONFIG);
    }
    for (ServiceAccountSpec sa : ctx.desired().serviceAccounts()) {
      if (sa.attachRoleArn().isPresent()) {
        formerRoles(ctx, sa, usedRoles);
      }
      if (sa.roleOnly()) {
        ctx.live()
            .serviceAccount(sa.namespace(), sa.name())
            .ifPresent(live -> roleOnly(ctx, live, sa.pointer() + "/roleOnly"));
      }
    }
  }

  /**
   * Roles eksform made for a service account that now names another with {@code attachRoleARN}:
   * nothing uses them, and no change of this plan can delete them under the service account's own
   * address, so they are named for the reader to delete.
   */
  private static void formerRoles(PlanContext ctx, ServiceAccountSpec sa, Set<String> usedRoles) {
    String resource = PREFIX + sa.key();
    ctx.live().roles().values().stream()
        .filter(r -> resource.equals(r.tags().get(ManagedNames.TAG_RESOURCE)))
        .filter(r -> ManagedNames.createdByEksform(r.tags(), ctx.cluster()))
        .filter(r -> !usedRoles.contains(r.name()))
        .sorted(Comparator.comparing(LiveRole::name))
        .forEach(
            r ->
                ctx.noteUnmanaged(
                    "IAM role "
                        + r.name()
                        + ": made by eksform for service account "
                        + sa.key()
                        + ", which now names attachRoleARN; nothing uses it, and eksform does not"
                        + " delete it yet (delete it with the AWS CLI or console)"));
  }

  /** The Kubernetes service account of a service account the config keeps only as a role. */
  private static void roleOnly(PlanContext ctx, LiveServiceAccount live, String pointer) {
    if (!ManagedNames.labelledByEksform(live.labels())) {
      ctx.noteUnmanaged(
          "kubernetes service account "
              + live.key()
              + ": roleOnly is set, so the config manages only its IAM role; the service account"
              + " is left in the cluster");
      return;
    }
    ObjectNode before = Json.object();
    before.put("namespace", live.namespace());
    before.put("name", live.name());
    before.set("annotations", Json.map(live.annotations()));
    before.set("labels", Json.map(live.labels()));
    Pruning.leave(
        ctx,
        ResourceAddress.of(ResourceAddress.KUBERNETES_SERVICE_ACCOUNT, live.key()),
        Optional.of("eksform"),
        before,
        List.of(),
        ROLE_ONLY,
        pointer);
  }

  /**
   * What leaves: the roles by name, with their policies, and the Kubernetes service account when
   * there is one (its annotations and labels, which tell apply to delete it).
   */
  private static ObjectNode before(
      String key, List<LiveRole> roles, Optional<LiveServiceAccount> account) {
    int slash = key.indexOf('/');
    ObjectNode before = Json.object();
    before.put("namespace", key.substring(0, slash));
    before.put("name", key.substring(slash + 1));
    before.set("role_names", Json.strings(roles.stream().map(LiveRole::name).toList()));
    before.set(
        "attach_policy_arns",
        Json.strings(
            roles.stream().flatMap(r -> r.attachedPolicyArns().stream()).sorted().toList()));
    account.ifPresent(
        a -> {
          before.set("annotations", Json.map(a.annotations()));
          before.set("labels", Json.map(a.labels()));
        });
    return before;
  }
}
