package io.eksform.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eks.model.InvalidParameterException;
import software.amazon.awssdk.services.eks.model.UpdateType;
import software.amazon.awssdk.services.iam.model.DeleteConflictException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.PolicyScopeType;

/** The operations the other tests do not reach, each through its real SDK client. */
class RemainingOperationsTest {
  static final String PERMISSIONS =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"xray:*\",\"Resource\":\"*\"}]}";
  ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
  Sandbox sandbox;
  Clients clients;

  @BeforeEach
  void start() {
    sandbox =
        Sandbox.start(
            SandboxOptions.defaults()
                .withScenario("eksworkshop")
                .withTimeScale(1)
                .withClock(clock));
    clients = new Clients(sandbox.endpoint());
  }

  @AfterEach
  void stop() {
    clients.close();
    sandbox.close();
  }

  @Test
  void roleTagsTrustPolicyAndInlinePolicies() {
    clients.iam.createRole(r -> r.roleName("r").assumeRolePolicyDocument("{\"Statement\":[]}"));
    clients.iam.tagRole(
        r -> r.roleName("r").tags(t -> t.key("team").value("a"), t -> t.key("x").value("y")));
    clients.iam.untagRole(r -> r.roleName("r").tagKeys("x"));
    assertEquals(1, clients.iam.listRoleTags(r -> r.roleName("r")).tags().size());
    assertEquals("a", clients.iam.getRole(r -> r.roleName("r")).role().tags().get(0).value());
    String trust =
        "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
    clients.iam.updateAssumeRolePolicy(r -> r.roleName("r").policyDocument(trust));
    assertEquals(
        trust,
        URLDecoder.decode(
            clients.iam.getRole(r -> r.roleName("r")).role().assumeRolePolicyDocument(),
            StandardCharsets.UTF_8));
    clients.iam.putRolePolicy(
        r -> r.roleName("r").policyName("inline").policyDocument(PERMISSIONS));
    assertEquals(
        PERMISSIONS,
        URLDecoder.decode(
            clients.iam.getRolePolicy(r -> r.roleName("r").policyName("inline")).policyDocument(),
            StandardCharsets.UTF_8));
    assertThrows(
        NoSuchEntityException.class,
        () -> clients.iam.getRolePolicy(r -> r.roleName("r").policyName("nope")));
  }

  @Test
  void managedPolicyLifecycle() {
    String arn =
        clients
            .iam
            .createPolicy(r -> r.policyName("mine").policyDocument(PERMISSIONS))
            .policy()
            .arn();
    assertEquals(
        PERMISSIONS,
        URLDecoder.decode(
            clients
                .iam
                .getPolicyVersion(r -> r.policyArn(arn).versionId("v1"))
                .policyVersion()
                .document(),
            StandardCharsets.UTF_8));
    assertTrue(
        clients.iam.listPolicies(r -> r.scope(PolicyScopeType.LOCAL)).policies().stream()
            .anyMatch(p -> p.arn().equals(arn)));
    clients.iam.createRole(r -> r.roleName("user").assumeRolePolicyDocument("{\"Statement\":[]}"));
    clients.iam.attachRolePolicy(r -> r.roleName("user").policyArn(arn));
    assertEquals(1, clients.iam.getPolicy(r -> r.policyArn(arn)).policy().attachmentCount());
    assertThrows(
        DeleteConflictException.class, () -> clients.iam.deletePolicy(r -> r.policyArn(arn)));
    clients.iam.detachRolePolicy(r -> r.roleName("user").policyArn(arn));
    clients.iam.deletePolicy(r -> r.policyArn(arn));
    assertThrows(NoSuchEntityException.class, () -> clients.iam.getPolicy(r -> r.policyArn(arn)));
  }

  @Test
  void oidcProviderTags() {
    String arn =
        clients
            .iam
            .createOpenIDConnectProvider(
                r -> r.url("https://issuer.example.com/id/1").clientIDList("sts.amazonaws.com"))
            .openIDConnectProviderArn();
    clients.iam.tagOpenIDConnectProvider(
        r -> r.openIDConnectProviderArn(arn).tags(t -> t.key("k").value("v")));
    assertEquals(
        "v",
        clients
            .iam
            .getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn))
            .tags()
            .get(0)
            .value());
  }

  @Test
  void nodegroupVersionUpdate() {
    clients.eks.createNodegroup(
        r ->
            r.clusterName("eksworkshop-eksctl")
                .nodegroupName("ng")
                .nodeRole("arn:aws:iam::123456789012:role/nodes")
                .subnets("subnet-0d44444444444444d")
                .tags(Map.of("a", "b")));
    clock.advance(Duration.ofMinutes(4));
    var update =
        clients
            .eks
            .updateNodegroupVersion(
                r ->
                    r.clusterName("eksworkshop-eksctl")
                        .nodegroupName("ng")
                        .releaseVersion("1.32.5-20260101"))
            .update();
    assertEquals(UpdateType.VERSION_UPDATE, update.type());
    clock.advance(Duration.ofMinutes(3));
    assertEquals(
        "1.32.5-20260101",
        clients
            .eks
            .describeNodegroup(r -> r.clusterName("eksworkshop-eksctl").nodegroupName("ng"))
            .nodegroup()
            .releaseVersion());
    assertThrows(
        InvalidParameterException.class,
        () ->
            clients.eks.updateNodegroupVersion(
                r -> r.clusterName("eksworkshop-eksctl").nodegroupName("ng").version("1.31")));
  }

  @Test
  void natGatewayInAPublicSubnet() {
    var nat =
        clients.ec2.createNatGateway(r -> r.subnetId("subnet-0b22222222222222b")).natGateway();
    assertEquals("vpc-0e5ab3c2f1d4e6a70", nat.vpcId());
    assertEquals(2, clients.ec2.describeNatGateways().natGateways().size());
  }
}
