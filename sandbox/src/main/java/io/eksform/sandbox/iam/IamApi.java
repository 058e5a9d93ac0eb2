package io.eksform.sandbox.iam;

import io.eksform.sandbox.http.AwsError;
import io.eksform.sandbox.http.Operation;
import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import io.eksform.sandbox.http.ServiceApi;
import io.eksform.sandbox.http.Xml;
import io.eksform.sandbox.state.Account;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/** AWS IAM (AWS query protocol): dispatches on {@code Action}, renders IAM's error XML. */
public final class IamApi implements ServiceApi {
  private final RoleOperations roles;
  private final PolicyOperations policies;
  private final OidcOperations oidc;

  /** The IAM API of an account. */
  public IamApi(Account account, Clock clock) {
    this.roles = new RoleOperations(account, clock);
    this.policies = new PolicyOperations(account, clock, roles);
    this.oidc = new OidcOperations(account, clock);
  }

  @Override
  public Operation route(SandboxRequest r) {
    String action = r.form().get("Action", "");
    return switch (action) {
      case "CreateRole" -> Operation.write(action, () -> roles.create(r));
      case "GetRole" -> Operation.read(action, () -> roles.get(r));
      case "ListRoles" -> Operation.read(action, () -> roles.list(r));
      case "DeleteRole" -> Operation.write(action, () -> roles.delete(r));
      case "UpdateAssumeRolePolicy" -> Operation.write(action, () -> roles.updateTrust(r));
      case "TagRole" -> Operation.write(action, () -> roles.tag(r));
      case "UntagRole" -> Operation.write(action, () -> roles.untag(r));
      case "ListRoleTags" -> Operation.read(action, () -> roles.listTags(r));
      case "PutRolePermissionsBoundary" -> Operation.write(action, () -> roles.putBoundary(r));
      case "DeleteRolePermissionsBoundary" ->
          Operation.write(action, () -> roles.deleteBoundary(r));
      case "CreatePolicy" -> Operation.write(action, () -> policies.create(r));
      case "GetPolicy" -> Operation.read(action, () -> policies.get(r));
      case "GetPolicyVersion" -> Operation.read(action, () -> policies.getVersion(r));
      case "ListPolicies" -> Operation.read(action, () -> policies.list(r));
      case "DeletePolicy" -> Operation.write(action, () -> policies.delete(r));
      case "AttachRolePolicy" -> Operation.write(action, () -> policies.attach(r));
      case "DetachRolePolicy" -> Operation.write(action, () -> policies.detach(r));
      case "ListAttachedRolePolicies" -> Operation.read(action, () -> policies.listAttached(r));
      case "PutRolePolicy" -> Operation.write(action, () -> policies.putInline(r));
      case "GetRolePolicy" -> Operation.read(action, () -> policies.getInline(r));
      case "DeleteRolePolicy" -> Operation.write(action, () -> policies.deleteInline(r));
      case "ListRolePolicies" -> Operation.read(action, () -> policies.listInline(r));
      case "CreateOpenIDConnectProvider" -> Operation.write(action, () -> oidc.create(r));
      case "GetOpenIDConnectProvider" -> Operation.read(action, () -> oidc.get(r));
      case "ListOpenIDConnectProviders" -> Operation.read(action, () -> oidc.list(r));
      case "DeleteOpenIDConnectProvider" -> Operation.write(action, () -> oidc.delete(r));
      case "TagOpenIDConnectProvider" -> Operation.write(action, () -> oidc.tag(r));
      case "AddClientIDToOpenIDConnectProvider" ->
          Operation.write(action, () -> oidc.addClientId(r));
      case "RemoveClientIDFromOpenIDConnectProvider" ->
          Operation.write(action, () -> oidc.removeClientId(r));
      case "UpdateOpenIDConnectProviderThumbprint" ->
          Operation.write(action, () -> oidc.updateThumbprints(r));
      default ->
          throw new AwsError(
              "InvalidAction",
              400,
              "Could not find operation " + action + " for version 2010-05-08");
    };
  }

  @Override
  public Reply error(AwsError error, SandboxRequest request) {
    return queryError(error, request, IamXml.NAMESPACE);
  }

  /** The AWS query error document shared by IAM and STS. */
  public static Reply queryError(AwsError error, SandboxRequest request, String namespace) {
    String body =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ErrorResponse xmlns=\""
            + namespace
            + "\"><Error><Type>"
            + (error.status() >= 500 ? "Receiver" : "Sender")
            + "</Type><Code>"
            + Xml.escape(error.code())
            + "</Code><Message>"
            + Xml.escape(error.getMessage())
            + "</Message></Error><RequestId>"
            + request.requestId()
            + "</RequestId></ErrorResponse>";
    return new Reply(error.status(), "text/xml", body.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  @Override
  public AwsError throttled() {
    return new AwsError("Throttling", 400, "Rate exceeded");
  }

  @Override
  public AwsError internalFailure() {
    return new AwsError(
        "ServiceFailure", 500, "The request processing has failed because of an unknown error.");
  }
}
