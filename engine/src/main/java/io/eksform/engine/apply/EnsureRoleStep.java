package io.eksform.engine.apply;

import io.eksform.engine.desired.ManagedNames;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Tag;
import tools.jackson.databind.JsonNode;

/**
 * Makes an IAM role (IRSA, pod execution or node role) what the plan's {@code after} says: created
 * under {@link ManagedNames#ROLE_PATH} with the ownership tags, or, when it exists, its trust
 * policy, tags, managed and inline policies brought in line. Running it twice changes nothing.
 */
public final class EnsureRoleStep implements Step {
  static final String INLINE_POLICY_NAME = "eksform-inline";

  private final JsonNode after;
  private final String verb;

  public EnsureRoleStep(JsonNode after, String verb) {
    this.after = after;
    this.verb = verb;
  }

  @Override
  public String verb() {
    return verb;
  }

  @Override
  public void run(StepContext ctx) {
    IamClient iam = ctx.aws().iam();
    String name = Fields.text(after, "role_name");
    String trust = Fields.json(after, "trust_policy").orElseThrow(() -> missing("trust_policy"));
    Map<String, String> tags = new TreeMap<>(Fields.map(after, "role_tags"));
    tags.putAll(ctx.ownershipTags());
    List<Tag> iamTags =
        tags.entrySet().stream()
            .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
            .toList();
    Optional<String> boundary = Fields.optionalText(after, "permissions_boundary");
    try {
      iam.createRole(
          r -> {
            r.roleName(name).path(ManagedNames.ROLE_PATH).assumeRolePolicyDocument(trust);
            r.tags(iamTags);
            boundary.ifPresent(r::permissionsBoundary);
          });
      try (var waiter = EksWaits.iamWaiter(ctx)) {
        waiter.waitUntilRoleExists(r -> r.roleName(name));
      }
    } catch (EntityAlreadyExistsException e) {
      iam.updateAssumeRolePolicy(r -> r.roleName(name).policyDocument(trust));
      iam.tagRole(r -> r.roleName(name).tags(iamTags));
      if (boundary.isPresent()) {
        iam.putRolePermissionsBoundary(r -> r.roleName(name).permissionsBoundary(boundary.get()));
      } else if (after.has("permissions_boundary") && hasBoundary(iam, name)) {
        // The plan asks for no boundary (null), and the role has one: it goes.
        iam.deleteRolePermissionsBoundary(r -> r.roleName(name));
      }
    }
    syncManagedPolicies(iam, name);
    syncInlinePolicy(iam, name);
  }

  private static boolean hasBoundary(IamClient iam, String name) {
    return iam.getRole(r -> r.roleName(name)).role().permissionsBoundary() != null;
  }

  private void syncManagedPolicies(IamClient iam, String name) {
    Set<String> wanted = new HashSet<>(Fields.strings(after, "attach_policy_arns"));
    Set<String> attached = new HashSet<>();
    for (AttachedPolicy p :
        iam.listAttachedRolePoliciesPaginator(r -> r.roleName(name)).attachedPolicies()) {
      attached.add(p.policyArn());
    }
    for (String arn : wanted) {
      if (!attached.contains(arn)) {
        try {
          iam.attachRolePolicy(r -> r.roleName(name).policyArn(arn));
        } catch (NoSuchEntityException e) {
          throw new StepFailedException(
              "policy " + arn + " does not exist in this account; create it or fix the config", e);
        }
      }
    }
    for (String arn : attached) {
      if (!wanted.contains(arn)) {
        iam.detachRolePolicy(r -> r.roleName(name).policyArn(arn));
      }
    }
  }

  private void syncInlinePolicy(IamClient iam, String name) {
    Optional<String> inline = Fields.json(after, "inline_policy");
    if (inline.isPresent()) {
      iam.putRolePolicy(
          r -> r.roleName(name).policyName(INLINE_POLICY_NAME).policyDocument(inline.get()));
    } else if (iam.listRolePolicies(r -> r.roleName(name))
        .policyNames()
        .contains(INLINE_POLICY_NAME)) {
      iam.deleteRolePolicy(r -> r.roleName(name).policyName(INLINE_POLICY_NAME));
    }
  }

  private static StepFailedException missing(String field) {
    return new StepFailedException("the plan gives no '" + field + "' for this role");
  }
}
