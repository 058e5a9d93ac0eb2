package io.eksform.sandbox.iam;

import io.eksform.sandbox.http.Percent;
import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import io.eksform.sandbox.http.Xml;
import io.eksform.sandbox.state.ManagedPolicy;
import io.eksform.sandbox.state.Role;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

/** IAM's XML: the {@code Result} element first, then {@code ResponseMetadata}; lists of members. */
final class IamXml {
  static final String NAMESPACE = "https://iam.amazonaws.com/doc/2010-05-08/";

  private IamXml() {}

  static Reply result(SandboxRequest r, String operation, Consumer<Xml> body) {
    Xml xml = Xml.document(operation + "Response", NAMESPACE).open(operation + "Result");
    body.accept(xml);
    xml.close().open("ResponseMetadata").leaf("RequestId", r.requestId()).close();
    return Reply.xml(xml.finish());
  }

  static Reply empty(SandboxRequest r, String operation) {
    return Reply.xml(
        Xml.document(operation + "Response", NAMESPACE)
            .open("ResponseMetadata")
            .leaf("RequestId", r.requestId())
            .close()
            .finish());
  }

  static String time(long millis) {
    return Instant.ofEpochMilli(millis).toString();
  }

  static void tags(Xml xml, Map<String, String> tags) {
    xml.open("Tags");
    tags.forEach((k, v) -> xml.open("member").leaf("Key", k).leaf("Value", v).close());
    xml.close();
  }

  static void role(Xml xml, Role role) {
    xml.leaf("Path", role.path())
        .leaf("RoleName", role.name())
        .leaf("RoleId", role.id())
        .leaf("Arn", role.arn())
        .leaf("CreateDate", time(role.createdAt()))
        .leaf("AssumeRolePolicyDocument", Percent.encode(role.assumeRolePolicyDocument()))
        .leaf("Description", role.description())
        .leaf("MaxSessionDuration", role.maxSessionDuration());
    if (role.permissionsBoundary() != null) {
      xml.open("PermissionsBoundary")
          .leaf("PermissionsBoundaryType", "Policy")
          .leaf("PermissionsBoundaryArn", role.permissionsBoundary())
          .close();
    }
    if (!role.tags().isEmpty()) {
      tags(xml, role.tags());
    }
    xml.open("RoleLastUsed").close();
  }

  static void policy(Xml xml, ManagedPolicy p, int attachments) {
    xml.leaf("PolicyName", p.name())
        .leaf("PolicyId", p.id())
        .leaf("Arn", p.arn())
        .leaf("Path", p.path())
        .leaf("DefaultVersionId", "v1")
        .leaf("AttachmentCount", attachments)
        .leaf("PermissionsBoundaryUsageCount", 0)
        .leaf("IsAttachable", true)
        .leaf("Description", p.description())
        .leaf("CreateDate", time(p.createdAt()))
        .leaf("UpdateDate", time(p.createdAt()));
    if (!p.tags().isEmpty()) {
      tags(xml, p.tags());
    }
  }
}
