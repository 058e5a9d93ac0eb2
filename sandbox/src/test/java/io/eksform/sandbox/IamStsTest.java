package io.eksform.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
  @RegisterExtension final ScenarioSandbox env = ScenarioSandbox.realTime();

  @Test
  void roleTrustPolicyComesBackUrlEncoded() {
    Role created =
        env.clients
            .iam
            .createRole(r -> r.roleName("fargate-pods").assumeRolePolicyDocument(TRUST))
            .role();
    assertEquals("arn:aws:iam::123456789012:role/fargate-pods", created.arn());
    assertTrue(created.roleId().startsWith("AROA"));
    Role got = env.clients.iam.getRole(r -> r.roleName("fargate-pods")).role();
    assertTrue(got.assumeRolePolicyDocument().startsWith("%7B%22Version%22"));
    assertEquals(TRUST, URLDecoder.decode(got.assumeRolePolicyDocument(), StandardCharsets.UTF_8));
    EntityAlreadyExistsException dup =
        assertThrows(
            EntityAlreadyExistsException.class,
            () ->
                env.clients.iam.createRole(
                    r -> r.roleName("FARGATE-pods").assumeRolePolicyDocument(TRUST)));
    assertEquals(
        "Role with name FARGATE-pods already exists.", dup.awsErrorDetails().errorMessage());
    assertThrows(
        MalformedPolicyDocumentException.class,
        () -> env.clients.iam.createRole(r -> r.roleName("x").assumeRolePolicyDocument("{nope")));
  }

  @Test
  void attachDetachAndDeleteConflict() {
    env.clients.iam.createRole(r -> r.roleName("envoy").assumeRolePolicyDocument(TRUST));
    String policy = "arn:aws:iam::123456789012:policy/ProdEnvoyNamespaceIAMPolicy";
    env.clients.iam.attachRolePolicy(r -> r.roleName("envoy").policyArn(policy));
    String permissions =
        "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"xray:*\",\"Resource\":\"*\"}]}";
    env.clients.iam.putRolePolicy(
        r -> r.roleName("envoy").policyName("inline").policyDocument(permissions));
    assertEquals(
        List.of(policy),
        env
            .clients
            .iam
            .listAttachedRolePolicies(r -> r.roleName("envoy"))
            .attachedPolicies()
            .stream()
            .map(AttachedPolicy::policyArn)
            .toList());
    assertEquals(
        List.of("inline"),
        env.clients.iam.listRolePolicies(r -> r.roleName("envoy")).policyNames());
    DeleteConflictException conflict =
        assertThrows(
            DeleteConflictException.class,
            () -> env.clients.iam.deleteRole(r -> r.roleName("envoy")));
    assertEquals(
        "Cannot delete entity, must detach all policies first.",
        conflict.awsErrorDetails().errorMessage());
    env.clients.iam.detachRolePolicy(r -> r.roleName("envoy").policyArn(policy));
    env.clients.iam.deleteRolePolicy(r -> r.roleName("envoy").policyName("inline"));
    env.clients.iam.deleteRole(r -> r.roleName("envoy"));
    NoSuchEntityException missing =
        assertThrows(
            NoSuchEntityException.class, () -> env.clients.iam.getRole(r -> r.roleName("envoy")));
    assertEquals(
        "The role with name envoy cannot be found.", missing.awsErrorDetails().errorMessage());
    assertEquals(404, missing.statusCode());
    assertThrows(
        NoSuchEntityException.class,
        () -> env.clients.iam.attachRolePolicy(r -> r.roleName("nope").policyArn(policy)));
  }

  @Test
  void managedPoliciesArePresent() {
    assertEquals(
        "ProdEnvoyNamespaceIAMPolicy",
        env.clients
            .iam
            .getPolicy(
                r -> r.policyArn("arn:aws:iam::123456789012:policy/ProdEnvoyNamespaceIAMPolicy"))
            .policy()
            .policyName());
    assertEquals(
        "/service-role/",
        env.clients
            .iam
            .getPolicy(
                r -> r.policyArn("arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy"))
            .policy()
            .path());
    assertThrows(
        EntityAlreadyExistsException.class,
        () ->
            env.clients.iam.createPolicy(
                r ->
                    r.policyName("ProdEnvoyNamespaceIAMPolicy")
                        .policyDocument("{\"Statement\":[]}")));
    MalformedPolicyDocumentException principal =
        assertThrows(
            MalformedPolicyDocumentException.class,
            () -> env.clients.iam.createPolicy(r -> r.policyName("other").policyDocument(TRUST)));
    assertEquals(
        "Policy document should not specify a principal.",
        principal.awsErrorDetails().errorMessage());
  }

  @Test
  void oidcProviderKeyedByUrlWithoutSchemeOrPort() {
    String issuer = "https://oidc.eks.us-west-2.amazonaws.com/id/5E1A7C0B9D2F4E6A8C1B3D5F7A9E2C4B";
    String arn =
        env.clients
            .iam
            .createOpenIDConnectProvider(
                r -> r.url(issuer.replace(".com/", ".com:443/")).clientIDList("sts.amazonaws.com"))
            .openIDConnectProviderArn();
    assertEquals(
        "arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/5E1A7C0B9D2F4E6A8C1B3D5F7A9E2C4B",
        arn);
    var got = env.clients.iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn));
    assertEquals("oidc.eks.us-west-2.amazonaws.com/id/5E1A7C0B9D2F4E6A8C1B3D5F7A9E2C4B", got.url());
    assertEquals(List.of("sts.amazonaws.com"), got.clientIDList());
    assertEquals(40, got.thumbprintList().get(0).length());
    assertThrows(
        EntityAlreadyExistsException.class,
        () ->
            env.clients.iam.createOpenIDConnectProvider(
                r -> r.url(issuer).clientIDList("sts.amazonaws.com")));
    assertEquals(
        1, env.clients.iam.listOpenIDConnectProviders().openIDConnectProviderList().size());
    env.clients.iam.addClientIDToOpenIDConnectProvider(
        r -> r.openIDConnectProviderArn(arn).clientID("other"));
    env.clients.iam.updateOpenIDConnectProviderThumbprint(
        r -> r.openIDConnectProviderArn(arn).thumbprintList("a".repeat(40)));
    var changed = env.clients.iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn));
    assertEquals(List.of("sts.amazonaws.com", "other"), changed.clientIDList());
    assertEquals(List.of("a".repeat(40)), changed.thumbprintList());
    env.clients.iam.deleteOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn));
    NoSuchEntityException gone =
        assertThrows(
            NoSuchEntityException.class,
            () -> env.clients.iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn)));
    assertEquals(
        "OpenIDConnect Provider not found for arn " + arn, gone.awsErrorDetails().errorMessage());
  }

  @Test
  void iamPaginatorFollowsIsTruncated() {
    for (int i = 0; i < 5; i++) {
      int n = i;
      env.clients.iam.createRole(r -> r.roleName("role-" + n).assumeRolePolicyDocument(TRUST));
    }
    assertEquals(
        6, env.clients.iam.listRolesPaginator(r -> r.maxItems(2)).roles().stream().count());
  }

  @Test
  void callerIdentityIsTheAccount() {
    var id = env.clients.sts.getCallerIdentity();
    assertEquals("123456789012", id.account());
    assertEquals("arn:aws:iam::123456789012:user/sandbox", id.arn());
  }

  @Test
  void aPermissionsBoundaryIsSetReadAndRemoved() {
    String boundary =
        env.clients
            .iam
            .createPolicy(
                r ->
                    r.policyName("boundary")
                        .policyDocument(
                            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                                + "\"Action\":\"*\",\"Resource\":\"*\"}]}"))
            .policy()
            .arn();
    env.clients.iam.createRole(
        r -> r.roleName("bounded").assumeRolePolicyDocument(TRUST).permissionsBoundary(boundary));
    Role got = env.clients.iam.getRole(r -> r.roleName("bounded")).role();
    assertEquals(boundary, got.permissionsBoundary().permissionsBoundaryArn());
    assertEquals("Policy", got.permissionsBoundary().permissionsBoundaryTypeAsString());
    env.clients.iam.deleteRolePermissionsBoundary(r -> r.roleName("bounded"));
    assertEquals(
        null, env.clients.iam.getRole(r -> r.roleName("bounded")).role().permissionsBoundary());
    assertThrows(
        NoSuchEntityException.class,
        () -> env.clients.iam.deleteRolePermissionsBoundary(r -> r.roleName("bounded")));
    env.clients.iam.putRolePermissionsBoundary(
        r -> r.roleName("bounded").permissionsBoundary(boundary));
    assertEquals(
        boundary,
        env.clients
            .iam
            .getRole(r -> r.roleName("bounded"))
            .role()
            .permissionsBoundary()
            .permissionsBoundaryArn());
    NoSuchEntityException missing =
        assertThrows(
            NoSuchEntityException.class,
            () ->
                env.clients.iam.createRole(
                    r ->
                        r.roleName("unbounded")
                            .assumeRolePolicyDocument(TRUST)
                            .permissionsBoundary("arn:aws:iam::123456789012:policy/nope")));
    assertEquals(
        "Policy arn:aws:iam::123456789012:policy/nope does not exist or is not attachable.",
        missing.awsErrorDetails().errorMessage());
  }
}
