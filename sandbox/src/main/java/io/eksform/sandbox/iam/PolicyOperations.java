package io.eksform.sandbox.iam;

import io.eksform.sandbox.http.FormParams;
import io.eksform.sandbox.http.Percent;
import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.Ids;
import io.eksform.sandbox.state.ManagedPolicy;
import io.eksform.sandbox.state.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Managed policies, attachments to roles and inline role policies. */
final class PolicyOperations {
  private final Account account;
  private final Clock clock;
  private final RoleOperations roles;

  PolicyOperations(Account account, Clock clock, RoleOperations roles) {
    this.account = account;
    this.clock = clock;
    this.roles = roles;
  }

  private int attachments(String arn) {
    return (int)
        account.roles().values().stream().filter(r -> r.attachedPolicyArns().contains(arn)).count();
  }

  private ManagedPolicy policy(String arn) {
    ManagedPolicy p = account.policies().get(arn);
    if (p == null) {
      throw IamErrors.noSuchEntity("Policy " + arn + " does not exist or is not attachable.");
    }
    return p;
  }

  Reply create(SandboxRequest r) {
    FormParams f = r.form();
    String name = RoleOperations.required(f, "PolicyName");
    String document = Documents.checkPermissions(RoleOperations.required(f, "PolicyDocument"));
    String path = f.get("Path", "/");
    String arn = "arn:aws:iam::" + account.id() + ":policy" + path + name;
    boolean clash =
        account.policies().values().stream()
            .anyMatch(
                p ->
                    p.arn().startsWith("arn:aws:iam::" + account.id() + ":")
                        && p.name().equalsIgnoreCase(name));
    if (clash) {
      throw IamErrors.alreadyExists(
          "A policy called " + name + " already exists. Duplicate names are not allowed.");
    }
    ManagedPolicy p =
        new ManagedPolicy(
            name,
            Ids.iam("ANPA"),
            path,
            arn,
            document,
            f.get("Description", null),
            RoleOperations.tags(f),
            clock.millis());
    account.policies().put(arn, p);
    return IamXml.result(r, "CreatePolicy", x -> IamXml.policy(x.open("Policy"), p, 0));
  }

  Reply get(SandboxRequest r) {
    String arn = RoleOperations.required(r.form(), "PolicyArn");
    ManagedPolicy p = account.policies().get(arn);
    if (p == null) {
      throw IamErrors.noSuchEntity("Policy " + arn + " was not found.");
    }
    return IamXml.result(r, "GetPolicy", x -> IamXml.policy(x.open("Policy"), p, attachments(arn)));
  }

  Reply getVersion(SandboxRequest r) {
    String arn = RoleOperations.required(r.form(), "PolicyArn");
    ManagedPolicy p = account.policies().get(arn);
    String version = r.form().get("VersionId", "v1");
    if (p == null || !version.equals("v1")) {
      throw IamErrors.noSuchEntity("Policy " + arn + " version " + version + " does not exist.");
    }
    return IamXml.result(
        r,
        "GetPolicyVersion",
        x ->
            x.open("PolicyVersion")
                .leaf("Document", Percent.encode(p.document()))
                .leaf("VersionId", "v1")
                .leaf("IsDefaultVersion", true)
                .leaf("CreateDate", IamXml.time(p.createdAt()))
                .close());
  }

  Reply list(SandboxRequest r) {
    String scope = r.form().get("Scope", "All");
    List<ManagedPolicy> all =
        account.policies().values().stream()
            .filter(
                p ->
                    scope.equals("All")
                        || (scope.equals("AWS") == p.arn().startsWith("arn:aws:iam::aws:")))
            .toList();
    Marker.Page<ManagedPolicy> page = Marker.page(all, r.form());
    return IamXml.result(
        r,
        "ListPolicies",
        x -> {
          x.open("Policies");
          for (ManagedPolicy p : page.items()) {
            IamXml.policy(x.open("member"), p, attachments(p.arn()));
            x.close();
          }
          x.close();
          page.writeTruncation(x);
        });
  }

  Reply delete(SandboxRequest r) {
    String arn = RoleOperations.required(r.form(), "PolicyArn");
    ManagedPolicy p = account.policies().get(arn);
    if (p == null) {
      throw IamErrors.noSuchEntity("Policy " + arn + " was not found.");
    }
    if (attachments(arn) > 0) {
      throw IamErrors.deleteConflict("Cannot delete a policy attached to entities.");
    }
    account.policies().remove(arn);
    return IamXml.empty(r, "DeletePolicy");
  }

  Reply attach(SandboxRequest r) {
    Role role = roles.role(RoleOperations.required(r.form(), "RoleName"));
    String arn = RoleOperations.required(r.form(), "PolicyArn");
    policy(arn);
    if (!role.attachedPolicyArns().contains(arn)) {
      if (role.attachedPolicyArns().size() >= 10) {
        throw IamErrors.limitExceeded("Cannot exceed quota for PoliciesPerRole: 10");
      }
      List<String> attached = new ArrayList<>(role.attachedPolicyArns());
      attached.add(arn);
      account.roles().put(role.name().toLowerCase(Locale.ROOT), role.withAttached(attached));
    }
    return IamXml.empty(r, "AttachRolePolicy");
  }

  Reply detach(SandboxRequest r) {
    Role role = roles.role(RoleOperations.required(r.form(), "RoleName"));
    String arn = RoleOperations.required(r.form(), "PolicyArn");
    if (!role.attachedPolicyArns().contains(arn)) {
      throw IamErrors.noSuchEntity("Policy " + arn + " was not found.");
    }
    List<String> attached = new ArrayList<>(role.attachedPolicyArns());
    attached.remove(arn);
    account.roles().put(role.name().toLowerCase(Locale.ROOT), role.withAttached(attached));
    return IamXml.empty(r, "DetachRolePolicy");
  }

  Reply listAttached(SandboxRequest r) {
    Role role = roles.role(RoleOperations.required(r.form(), "RoleName"));
    String prefix = r.form().get("PathPrefix", "/");
    List<ManagedPolicy> attached = new ArrayList<>();
    for (String arn : role.attachedPolicyArns()) {
      ManagedPolicy p = account.policies().get(arn);
      if (p != null && p.path().startsWith(prefix)) {
        attached.add(p);
      }
    }
    Marker.Page<ManagedPolicy> page = Marker.page(attached, r.form());
    return IamXml.result(
        r,
        "ListAttachedRolePolicies",
        x -> {
          x.open("AttachedPolicies");
          page.items()
              .forEach(
                  p ->
                      x.open("member")
                          .leaf("PolicyName", p.name())
                          .leaf("PolicyArn", p.arn())
                          .close());
          x.close();
          page.writeTruncation(x);
        });
  }

  Reply putInline(SandboxRequest r) {
    Role role = roles.role(RoleOperations.required(r.form(), "RoleName"));
    String name = RoleOperations.required(r.form(), "PolicyName");
    String document =
        Documents.checkPermissions(RoleOperations.required(r.form(), "PolicyDocument"));
    Map<String, String> inline = new LinkedHashMap<>(role.inlinePolicies());
    inline.put(name, document);
    account.roles().put(role.name().toLowerCase(Locale.ROOT), role.withInline(inline));
    return IamXml.empty(r, "PutRolePolicy");
  }

  Reply getInline(SandboxRequest r) {
    Role role = roles.role(RoleOperations.required(r.form(), "RoleName"));
    String name = RoleOperations.required(r.form(), "PolicyName");
    String document = role.inlinePolicies().get(name);
    if (document == null) {
      throw IamErrors.noSuchEntity("The role policy with name " + name + " cannot be found.");
    }
    return IamXml.result(
        r,
        "GetRolePolicy",
        x ->
            x.leaf("RoleName", role.name())
                .leaf("PolicyName", name)
                .leaf("PolicyDocument", Percent.encode(document)));
  }

  Reply deleteInline(SandboxRequest r) {
    Role role = roles.role(RoleOperations.required(r.form(), "RoleName"));
    String name = RoleOperations.required(r.form(), "PolicyName");
    if (!role.inlinePolicies().containsKey(name)) {
      throw IamErrors.noSuchEntity("The role policy with name " + name + " cannot be found.");
    }
    Map<String, String> inline = new LinkedHashMap<>(role.inlinePolicies());
    inline.remove(name);
    account.roles().put(role.name().toLowerCase(Locale.ROOT), role.withInline(inline));
    return IamXml.empty(r, "DeleteRolePolicy");
  }

  Reply listInline(SandboxRequest r) {
    Role role = roles.role(RoleOperations.required(r.form(), "RoleName"));
    Marker.Page<String> page =
        Marker.page(new ArrayList<>(role.inlinePolicies().keySet()), r.form());
    return IamXml.result(
        r,
        "ListRolePolicies",
        x -> {
          x.open("PolicyNames");
          page.items().forEach(n -> x.leaf("member", n));
          x.close();
          page.writeTruncation(x);
        });
  }
}
