package io.eksform.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.eks.model.InvalidParameterException;
import software.amazon.awssdk.services.eks.model.UpdateType;
import software.amazon.awssdk.services.iam.model.DeleteConflictException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.PolicyScopeType;

/** The operations the other tests do not reach, each through its real SDK client. */
class RemainingOperationsTest {
  static final String PERMISSIONS =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"xray:*\",\"Resource\":\"*\"}]}";
  @RegisterExtension final ScenarioSandbox env = ScenarioSandbox.manualClock();

  @Test
  void roleTagsTrustPolicyAndInlinePolicies() {
    env.clients.iam.createRole(r -> r.roleName("r").assumeRolePolicyDocument("{\"Statement\":[]}"));
    env.clients.iam.tagRole(
        r -> r.roleName("r").tags(t -> t.key("team").value("a"), t -> t.key("x").value("y")));
    env.clients.iam.untagRole(r -> r.roleName("r").tagKeys("x"));
    assertEquals(1, env.clients.iam.listRoleTags(r -> r.roleName("r")).tags().size());
    assertEquals("a", env.clients.iam.getRole(r -> r.roleName("r")).role().tags().get(0).value());
    String trust =
        "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
    env.clients.iam.updateAssumeRolePolicy(r -> r.roleName("r").policyDocument(trust));
    assertEquals(
        trust,
        URLDecoder.decode(
            env.clients.iam.getRole(r -> r.roleName("r")).role().assumeRolePolicyDocument(),
            StandardCharsets.UTF_8));
    env.clients.iam.putRolePolicy(
        r -> r.roleName("r").policyName("inline").policyDocument(PERMISSIONS));
    assertEquals(
        PERMISSIONS,
        URLDecoder.decode(
            env.clients
                .iam
                .getRolePolicy(r -> r.roleName("r").policyName("inline"))
                .policyDocument(),
            StandardCharsets.UTF_8));
    assertThrows(
        NoSuchEntityException.class,
        () -> env.clients.iam.getRolePolicy(r -> r.roleName("r").policyName("nope")));
  }

  @Test
  void managedPolicyLifecycle() {
    String arn =
        env.clients
            .iam
            .createPolicy(r -> r.policyName("mine").policyDocument(PERMISSIONS))
            .policy()
            .arn();
    assertEquals(
        PERMISSIONS,
        URLDecoder.decode(
            env.clients
                .iam
                .getPolicyVersion(r -> r.policyArn(arn).versionId("v1"))
                .policyVersion()
                .document(),
            StandardCharsets.UTF_8));
    assertTrue(
        env.clients.iam.listPolicies(r -> r.scope(PolicyScopeType.LOCAL)).policies().stream()
            .anyMatch(p -> p.arn().equals(arn)));
    env.clients.iam.createRole(
        r -> r.roleName("user").assumeRolePolicyDocument("{\"Statement\":[]}"));
    env.clients.iam.attachRolePolicy(r -> r.roleName("user").policyArn(arn));
    assertEquals(1, env.clients.iam.getPolicy(r -> r.policyArn(arn)).policy().attachmentCount());
    assertThrows(
        DeleteConflictException.class, () -> env.clients.iam.deletePolicy(r -> r.policyArn(arn)));
    env.clients.iam.detachRolePolicy(r -> r.roleName("user").policyArn(arn));
    env.clients.iam.deletePolicy(r -> r.policyArn(arn));
    assertThrows(
        NoSuchEntityException.class, () -> env.clients.iam.getPolicy(r -> r.policyArn(arn)));
  }

  @Test
  void oidcProviderTags() {
    String arn =
        env.clients
            .iam
            .createOpenIDConnectProvider(
                r -> r.url("https://issuer.example.com/id/1").clientIDList("sts.amazonaws.com"))
            .openIDConnectProviderArn();
    env.clients.iam.tagOpenIDConnectProvider(
        r -> r.openIDConnectProviderArn(arn).tags(t -> t.key("k").value("v")));
    assertEquals(
        "v",
        env.clients
            .iam
            .getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn))
            .tags()
            .get(0)
            .value());
  }

  @Test
  void nodegroupVersionUpdate() {
    env.clients.eks.createNodegroup(
        r ->
            r.clusterName("eksworkshop-eksctl")
                .nodegroupName("ng")
                .nodeRole("arn:aws:iam::123456789012:role/nodes")
                .subnets("subnet-0d44444444444444d")
                .tags(Map.of("a", "b")));
    env.clock.advance(Duration.ofMinutes(4));
    var update =
        env.clients
            .eks
            .updateNodegroupVersion(
                r ->
                    r.clusterName("eksworkshop-eksctl")
                        .nodegroupName("ng")
                        .releaseVersion("1.32.5-20260101"))
            .update();
    assertEquals(UpdateType.VERSION_UPDATE, update.type());
    env.clock.advance(Duration.ofMinutes(3));
    assertEquals(
        "1.32.5-20260101",
        env.clients
            .eks
            .describeNodegroup(r -> r.clusterName("eksworkshop-eksctl").nodegroupName("ng"))
            .nodegroup()
            .releaseVersion());
    assertThrows(
        InvalidParameterException.class,
        () ->
            env.clients.eks.updateNodegroupVersion(
                r -> r.clusterName("eksworkshop-eksctl").nodegroupName("ng").version("1.31")));
  }

  @Test
  void natGatewayInAPublicSubnet() {
    String eip = env.clients.ec2.allocateAddress(r -> r.domain("vpc")).allocationId();
    var nat =
        env.clients
            .ec2
            .createNatGateway(r -> r.subnetId("subnet-0b22222222222222b").allocationId(eip))
            .natGateway();
    assertEquals("vpc-0e5ab3c2f1d4e6a70", nat.vpcId());
    assertEquals(2, env.clients.ec2.describeNatGateways().natGateways().size());
  }
}
