package io.eksform.sandbox.iam;

import io.eksform.sandbox.http.FormParams;
import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.Ids;
import io.eksform.sandbox.state.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Roles: create, get, list, delete, trust policy, permissions boundary and tag updates. */
final class RoleOperations {
  private static final Pattern NAME = Pattern.compile("[\\w+=,.@-]{1,64}");
  private final Account account;
  private final Clock clock;

  RoleOperations(Account account, Clock clock) {
    this.account = account;
    this.clock = clock;
  }

  static String required(FormParams form, String name) {
    return form.get(name)
        .filter(v -> !v.isEmpty())
        .orElseThrow(
            () ->
                IamErrors.validation(
                    Character.toLowerCase(name.charAt(0)) + name.substring(1),
                    "Member must not be null"));
  }

  Role role(String name) {
    Role r = account.roles().get(name.toLowerCase(Locale.ROOT));
    if (r == null) {
      throw IamErrors.noSuchEntity("The role with name " + name + " cannot be found.");
    }
    return r;
  }

  static Map<String, String> tags(FormParams form) {
    Map<String, String> tags = form.pairs("Tags.member", "Key", "Value");
    if (tags.size() > 50) {
      throw IamErrors.limitExceeded("Cannot exceed quota for TagsPerRole: 50");
    }
    return tags;
  }

  Reply create(SandboxRequest r) {
    FormParams f = r.form();
    String name = required(f, "RoleName");
    if (!NAME.matcher(name).matches()) {
      throw IamErrors.validation(
          "roleName", "Member must satisfy regular expression pattern: [\\w+=,.@-]+");
    }
    String document = Documents.check(required(f, "AssumeRolePolicyDocument"));
    if (account.roles().containsKey(name.toLowerCase(Locale.ROOT))) {
      throw IamErrors.alreadyExists("Role with name " + name + " already exists.");
    }
    String path = f.get("Path", "/");
    if (!path.startsWith("/") || !path.endsWith("/")) {
      throw IamErrors.validation("path", "Member must begin and end with /");
    }
    int maxSession = Integer.parseInt(f.get("MaxSessionDuration", "3600"));
    if (maxSession < 3600 || maxSession > 43200) {
      throw IamErrors.validation(
          "maxSessionDuration", "Member must have value between 3600 and 43200");
    }
    String boundary = f.get("PermissionsBoundary").filter(v -> !v.isEmpty()).orElse(null);
    if (boundary != null) {
      boundaryPolicy(boundary);
    }
    Role role =
        new Role(
            name,
            Ids.iam("AROA"),
            path,
            "arn:aws:iam::" + account.id() + ":role" + path + name,
            document,
            f.get("Description", null),
            maxSession,
            List.of(),
            Map.of(),
            tags(f),
            clock.millis(),
            boundary);
    account.roles().put(name.toLowerCase(Locale.ROOT), role);
    return IamXml.result(r, "CreateRole", x -> IamXml.role(x.open("Role"), role));
  }

  Reply get(SandboxRequest r) {
    Role role = role(required(r.form(), "RoleName"));
    return IamXml.result(r, "GetRole", x -> IamXml.role(x.open("Role"), role));
  }

  Reply list(SandboxRequest r) {
    String prefix = r.form().get("PathPrefix", "/");
    List<Role> all =
        account.roles().values().stream().filter(x -> x.path().startsWith(prefix)).toList();
    Marker.Page<Role> page = Marker.page(all, r.form());
    return IamXml.result(
        r,
        "ListRoles",
        x -> {
          x.open("Roles");
          for (Role role : page.items()) {
            IamXml.role(x.open("member"), role);
            x.close();
          }
          x.close();
          page.writeTruncation(x);
        });
  }

  Reply delete(SandboxRequest r) {
    Role role = role(required(r.form(), "RoleName"));
    if (!role.attachedPolicyArns().isEmpty()) {
      throw IamErrors.deleteConflict("Cannot delete entity, must detach all policies first.");
    }
    if (!role.inlinePolicies().isEmpty()) {
      throw IamErrors.deleteConflict("Cannot delete entity, must delete policies first.");
    }
    account.roles().remove(role.name().toLowerCase(Locale.ROOT));
    return IamXml.empty(r, "DeleteRole");
  }

  Reply updateTrust(SandboxRequest r) {
    Role role = role(required(r.form(), "RoleName"));
    String document = Documents.check(required(r.form(), "PolicyDocument"));
    account.roles().put(role.name().toLowerCase(Locale.ROOT), role.withTrustPolicy(document));
    return IamXml.empty(r, "UpdateAssumeRolePolicy");
  }

  /**
   * A permissions boundary must be a managed policy that exists; IAM names the ARN when it is not.
   */
  private void boundaryPolicy(String arn) {
    if (!arn.startsWith("arn:aws:iam::") || !arn.contains(":policy/")) {
      throw IamErrors.validation(
          "permissionsBoundary", "Member must satisfy the pattern of a policy ARN: " + arn);
    }
    if (!account.policies().containsKey(arn)) {
      throw IamErrors.noSuchEntity("Policy " + arn + " does not exist or is not attachable.");
    }
  }

  Reply putBoundary(SandboxRequest r) {
    Role role = role(required(r.form(), "RoleName"));
    String arn = required(r.form(), "PermissionsBoundary");
    boundaryPolicy(arn);
    account.roles().put(role.name().toLowerCase(Locale.ROOT), role.withPermissionsBoundary(arn));
    return IamXml.empty(r, "PutRolePermissionsBoundary");
  }

  Reply deleteBoundary(SandboxRequest r) {
    Role role = role(required(r.form(), "RoleName"));
    if (role.permissionsBoundary() == null) {
      throw IamErrors.noSuchEntity(
          "The role with name " + role.name() + " does not have a permissions boundary.");
    }
    account.roles().put(role.name().toLowerCase(Locale.ROOT), role.withPermissionsBoundary(null));
    return IamXml.empty(r, "DeleteRolePermissionsBoundary");
  }

  Reply tag(SandboxRequest r) {
    Role role = role(required(r.form(), "RoleName"));
    Map<String, String> merged = new LinkedHashMap<>(role.tags());
    merged.putAll(tags(r.form()));
    if (merged.size() > 50) {
      throw IamErrors.limitExceeded("Cannot exceed quota for TagsPerRole: 50");
    }
    account.roles().put(role.name().toLowerCase(Locale.ROOT), role.withTags(merged));
    return IamXml.empty(r, "TagRole");
  }

  Reply untag(SandboxRequest r) {
    Role role = role(required(r.form(), "RoleName"));
    Map<String, String> left = new LinkedHashMap<>(role.tags());
    r.form().members("TagKeys").forEach(left::remove);
    account.roles().put(role.name().toLowerCase(Locale.ROOT), role.withTags(left));
    return IamXml.empty(r, "UntagRole");
  }

  Reply listTags(SandboxRequest r) {
    Role role = role(required(r.form(), "RoleName"));
    Marker.Page<Map.Entry<String, String>> page =
        Marker.page(new ArrayList<>(role.tags().entrySet()), r.form());
    return IamXml.result(
        r,
        "ListRoleTags",
        x -> {
          x.open("Tags");
          page.items()
              .forEach(
                  e ->
                      x.open("member").leaf("Key", e.getKey()).leaf("Value", e.getValue()).close());
          x.close();
          page.writeTruncation(x);
        });
  }
}
