package io.eksform.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.DeleteConflictException;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.iam.model.MalformedPolicyDocumentException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Role;

/** IAM roles, policies, OIDC providers and STS through the real SDK clients. */
class IamStsTest {
  static final String TRUST =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"eks-fargate-pods.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
  Sandbox sandbox;
  Clients clients;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("eksworkshop"));
    clients = new Clients(sandbox.endpoint());
  }

  @AfterEach
  void stop() {
    clients.close();
    sandbox.close();
  }

  @Test
  void roleTrustPolicyComesBackUrlEncoded() {
    Role created =
        clients
            .iam
            .createRole(r -> r.roleName("fargate-pods").assumeRolePolicyDocument(TRUST))
            .role();
    assertEquals("arn:aws:iam::123456789012:role/fargate-pods", created.arn());
    assertTrue(created.roleId().startsWith("AROA"));
    Role got = clients.iam.getRole(r -> r.roleName("fargate-pods")).role();
    assertTrue(got.assumeRolePolicyDocument().startsWith("%7B%22Version%22"));
    assertEquals(TRUST, URLDecoder.decode(got.assumeRolePolicyDocument(), StandardCharsets.UTF_8));
    EntityAlreadyExistsException dup =
        assertThrows(
            EntityAlreadyExistsException.class,
            () ->
                clients.iam.createRole(
                    r -> r.roleName("FARGATE-pods").assumeRolePolicyDocument(TRUST)));
    assertEquals(
        "Role with name FARGATE-pods already exists.", dup.awsErrorDetails().errorMessage());
    assertThrows(
        MalformedPolicyDocumentException.class,
        () -> clients.iam.createRole(r -> r.roleName("x").assumeRolePolicyDocument("{nope")));
  }

  @Test
  void attachDetachAndDeleteConflict() {
    clients.iam.createRole(r -> r.roleName("envoy").assumeRolePolicyDocument(TRUST));
    String policy = "arn:aws:iam::123456789012:policy/ProdEnvoyNamespaceIAMPolicy";
    clients.iam.attachRolePolicy(r -> r.roleName("envoy").policyArn(policy));
    String permissions =
        "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"xray:*\",\"Resource\":\"*\"}]}";
    clients.iam.putRolePolicy(
        r -> r.roleName("envoy").policyName("inline").policyDocument(permissions));
    assertEquals(
        List.of(policy),
        clients.iam.listAttachedRolePolicies(r -> r.roleName("envoy")).attachedPolicies().stream()
            .map(AttachedPolicy::policyArn)
            .toList());
    assertEquals(
        List.of("inline"), clients.iam.listRolePolicies(r -> r.roleName("envoy")).policyNames());
    DeleteConflictException conflict =
        assertThrows(
            DeleteConflictException.class, () -> clients.iam.deleteRole(r -> r.roleName("envoy")));
    assertEquals(
        "Cannot delete entity, must detach all policies first.",
        conflict.awsErrorDetails().errorMessage());
    clients.iam.detachRolePolicy(r -> r.roleName("envoy").policyArn(policy));
    clients.iam.deleteRolePolicy(r -> r.roleName("envoy").policyName("inline"));
    clients.iam.deleteRole(r -> r.roleName("envoy"));
    NoSuchEntityException missing =
        assertThrows(
            NoSuchEntityException.class, () -> clients.iam.getRole(r -> r.roleName("envoy")));
    assertEquals(
        "The role with name envoy cannot be found.", missing.awsErrorDetails().errorMessage());
    assertEquals(404, missing.statusCode());
    assertThrows(
        NoSuchEntityException.class,
        () -> clients.iam.attachRolePolicy(r -> r.roleName("nope").policyArn(policy)));
  }

  @Test
  void managedPoliciesArePresent() {
    assertEquals(
        "ProdEnvoyNamespaceIAMPolicy",
        clients
            .iam
            .getPolicy(
                r -> r.policyArn("arn:aws:iam::123456789012:policy/ProdEnvoyNamespaceIAMPolicy"))
            .policy()
            .policyName());
    assertEquals(
        "/service-role/",
        clients
            .iam
            .getPolicy(
                r -> r.policyArn("arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy"))
            .policy()
            .path());
    assertThrows(
        EntityAlreadyExistsException.class,
        () ->
            clients.iam.createPolicy(
                r ->
                    r.policyName("ProdEnvoyNamespaceIAMPolicy")
                        .policyDocument("{\"Statement\":[]}")));
    MalformedPolicyDocumentException principal =
        assertThrows(
            MalformedPolicyDocumentException.class,
            () -> clients.iam.createPolicy(r -> r.policyName("other").policyDocument(TRUST)));
    assertEquals(
        "Policy document should not specify a principal.",
        principal.awsErrorDetails().errorMessage());
  }

  @Test
  void oidcProviderKeyedByUrlWithoutSchemeOrPort() {
    String issuer = "https://oidc.eks.us-west-2.amazonaws.com/id/5E1A7C0B9D2F4E6A8C1B3D5F7A9E2C4B";
    String arn =
        clients
            .iam
            .createOpenIDConnectProvider(
                r -> r.url(issuer.replace(".com/", ".com:443/")).clientIDList("sts.amazonaws.com"))
            .openIDConnectProviderArn();
    assertEquals(
        "arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/5E1A7C0B9D2F4E6A8C1B3D5F7A9E2C4B",
        arn);
    var got = clients.iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn));
    assertEquals("oidc.eks.us-west-2.amazonaws.com/id/5E1A7C0B9D2F4E6A8C1B3D5F7A9E2C4B", got.url());
    assertEquals(List.of("sts.amazonaws.com"), got.clientIDList());
    assertEquals(40, got.thumbprintList().get(0).length());
    assertThrows(
        EntityAlreadyExistsException.class,
        () ->
            clients.iam.createOpenIDConnectProvider(
                r -> r.url(issuer).clientIDList("sts.amazonaws.com")));
    assertEquals(1, clients.iam.listOpenIDConnectProviders().openIDConnectProviderList().size());
    clients.iam.addClientIDToOpenIDConnectProvider(
        r -> r.openIDConnectProviderArn(arn).clientID("other"));
    clients.iam.updateOpenIDConnectProviderThumbprint(
        r -> r.openIDConnectProviderArn(arn).thumbprintList("a".repeat(40)));
    var changed = clients.iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn));
    assertEquals(List.of("sts.amazonaws.com", "other"), changed.clientIDList());
    assertEquals(List.of("a".repeat(40)), changed.thumbprintList());
    clients.iam.deleteOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn));
    NoSuchEntityException gone =
        assertThrows(
            NoSuchEntityException.class,
            () -> clients.iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn)));
    assertEquals(
        "OpenIDConnect Provider not found for arn " + arn, gone.awsErrorDetails().errorMessage());
  }

  @Test
  void iamPaginatorFollowsIsTruncated() {
    for (int i = 0; i < 5; i++) {
      int n = i;
      clients.iam.createRole(r -> r.roleName("role-" + n).assumeRolePolicyDocument(TRUST));
    }
    assertEquals(6, clients.iam.listRolesPaginator(r -> r.maxItems(2)).roles().stream().count());
  }

  @Test
  void callerIdentityIsTheAccount() {
    var id = clients.sts.getCallerIdentity();
    assertEquals("123456789012", id.account());
    assertEquals("arn:aws:iam::123456789012:user/sandbox", id.arn());
  }
}
