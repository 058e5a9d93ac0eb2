package io.eksform.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.eks.model.Cluster;
import software.amazon.awssdk.services.eks.model.ClusterStatus;
import software.amazon.awssdk.services.eks.model.InvalidParameterException;
import software.amazon.awssdk.services.eks.model.LogSetup;
import software.amazon.awssdk.services.eks.model.LogType;
import software.amazon.awssdk.services.eks.model.NotFoundException;
import software.amazon.awssdk.services.eks.model.ResourceInUseException;
import software.amazon.awssdk.services.eks.model.ResourceNotFoundException;
import software.amazon.awssdk.services.eks.model.Update;
import software.amazon.awssdk.services.eks.model.UpdateStatus;
import software.amazon.awssdk.services.eks.model.UpdateType;

/** Clusters, cluster updates and tags through the real EKS client. */
class ClusterTest {
  static final String CLUSTER = "eksworkshop-eksctl";

  /** The eksworkshop scenario's cluster service role, which trusts EKS. */
  static final String SERVICE_ROLE =
      "arn:aws:iam::123456789012:role/eksctl-eksworkshop-eksctl-cluster-ServiceRole-1A2B3C4D5E6F";

  @RegisterExtension final ScenarioSandbox env = ScenarioSandbox.manualClock();

  Cluster describe() {
    return env.clients.eks.describeCluster(r -> r.name(CLUSTER)).cluster();
  }

  @Test
  void eksworkshopClusterLooksLikeEks() {
    Cluster c = describe();
    assertEquals(ClusterStatus.ACTIVE, c.status());
    assertEquals("1.32", c.version());
    assertEquals("arn:aws:eks:us-west-2:123456789012:cluster/eksworkshop-eksctl", c.arn());
    assertEquals("vpc-0e5ab3c2f1d4e6a70", c.resourcesVpcConfig().vpcId());
    assertEquals(6, c.resourcesVpcConfig().subnetIds().size());
    assertTrue(c.resourcesVpcConfig().endpointPublicAccess());
    assertEquals(env.sandbox.kubernetesBase() + "/k8s/eksworkshop-eksctl", c.endpoint());
    assertTrue(
        c.identity().oidc().issuer().startsWith("https://oidc.eks.us-west-2.amazonaws.com/id/"));
    assertFalse(c.certificateAuthority().data().isEmpty());
    assertEquals(Instant.parse("2026-01-01T00:00:00Z"), c.createdAt());
    assertEquals(
        List.of(false), c.logging().clusterLogging().stream().map(LogSetup::enabled).toList());
    assertEquals(List.of(CLUSTER), env.clients.eks.listClusters().clusters());
  }

  @Test
  void unknownClusterIsNotFoundWithAwsMessage() {
    ResourceNotFoundException e =
        assertThrows(
            ResourceNotFoundException.class,
            () -> env.clients.eks.describeCluster(r -> r.name("nope")));
    assertEquals("No cluster found for name: nope.", e.awsErrorDetails().errorMessage());
    assertFalse(e.requestId().isEmpty());
  }

  @Test
  void loggingUpdateRunsAsAnUpdateObject() {
    Update u =
        env.clients
            .eks
            .updateClusterConfig(
                r ->
                    r.name(CLUSTER)
                        .logging(
                            l ->
                                l.clusterLogging(
                                    LogSetup.builder()
                                        .types(LogType.API, LogType.AUDIT)
                                        .enabled(true)
                                        .build(),
                                    LogSetup.builder().types(List.of()).enabled(false).build())))
            .update();
    assertEquals(UpdateStatus.IN_PROGRESS, u.status());
    assertEquals(UpdateType.LOGGING_UPDATE, u.type());
    assertEquals(ClusterStatus.UPDATING, describe().status());
    ResourceInUseException busy =
        assertThrows(
            ResourceInUseException.class,
            () ->
                env.clients.eks.updateClusterConfig(
                    r -> r.name(CLUSTER).resourcesVpcConfig(v -> v.endpointPrivateAccess(true))));
    assertEquals(
        "Cannot EndpointAccessUpdate because cluster eksworkshop-eksctl currently has update "
            + u.id()
            + " in progress",
        busy.awsErrorDetails().errorMessage());
    env.clock.advance(Duration.ofMinutes(2));
    assertEquals(
        UpdateStatus.SUCCESSFUL,
        env.clients.eks.describeUpdate(r -> r.name(CLUSTER).updateId(u.id())).update().status());
    assertEquals(List.of(u.id()), env.clients.eks.listUpdates(r -> r.name(CLUSTER)).updateIds());
    Cluster c = describe();
    assertEquals(ClusterStatus.ACTIVE, c.status());
    assertEquals(List.of(LogType.API, LogType.AUDIT), c.logging().clusterLogging().get(0).types());
    assertTrue(c.logging().clusterLogging().get(0).enabled());
    InvalidParameterException noop =
        assertThrows(
            InvalidParameterException.class,
            () ->
                env.clients.eks.updateClusterConfig(
                    r ->
                        r.name(CLUSTER)
                            .logging(
                                l ->
                                    l.clusterLogging(
                                        LogSetup.builder()
                                            .types(LogType.API)
                                            .enabled(true)
                                            .build()))));
    assertEquals(
        "No changes needed for the logging config provided", noop.awsErrorDetails().errorMessage());
  }

  @Test
  void onlyOneKindOfUpdatePerCall() {
    InvalidParameterException e =
        assertThrows(
            InvalidParameterException.class,
            () ->
                env.clients.eks.updateClusterConfig(
                    r ->
                        r.name(CLUSTER)
                            .resourcesVpcConfig(v -> v.endpointPrivateAccess(true))
                            .logging(
                                l ->
                                    l.clusterLogging(
                                        LogSetup.builder()
                                            .types(LogType.API)
                                            .enabled(true)
                                            .build()))));
    assertEquals("Only one type of update can be allowed.", e.awsErrorDetails().errorMessage());
  }

  @Test
  void endpointAccessUpdateChangesTheCluster() {
    Update u =
        env.clients
            .eks
            .updateClusterConfig(
                r ->
                    r.name(CLUSTER)
                        .resourcesVpcConfig(
                            v -> v.endpointPrivateAccess(true).publicAccessCidrs("10.0.0.0/8")))
            .update();
    assertEquals(UpdateType.ENDPOINT_ACCESS_UPDATE, u.type());
    assertEquals(
        "[\"10.0.0.0/8\"]",
        u.params().stream()
            .filter(p -> p.typeAsString().equals("PublicAccessCidrs"))
            .findFirst()
            .orElseThrow()
            .value());
    assertTrue(describe().resourcesVpcConfig().endpointPrivateAccess());
    assertThrows(
        ResourceNotFoundException.class,
        () -> env.clients.eks.describeUpdate(r -> r.name(CLUSTER).updateId("nope")));
  }

  @Test
  void versionUpdateTakesEffectWhenItSucceeds() {
    Update u = env.clients.eks.updateClusterVersion(r -> r.name(CLUSTER).version("1.33")).update();
    assertEquals(UpdateType.VERSION_UPDATE, u.type());
    Cluster during = describe();
    assertEquals(ClusterStatus.UPDATING, during.status());
    assertEquals("1.32", during.version());
    env.clock.advance(Duration.ofMinutes(2));
    assertEquals("1.33", describe().version());
    assertEquals(ClusterStatus.ACTIVE, describe().status());
    InvalidParameterException skip =
        assertThrows(
            InvalidParameterException.class,
            () -> env.clients.eks.updateClusterVersion(r -> r.name(CLUSTER).version("1.31")));
    assertEquals(
        "Unsupported Kubernetes minor version update from 1.33 to 1.31",
        skip.awsErrorDetails().errorMessage());
  }

  @Test
  void tagsOnTheClusterArn() {
    String arn = describe().arn();
    env.clients.eks.tagResource(
        r -> r.resourceArn(arn).tags(Map.of("team", "platform", "b c", "d")));
    assertEquals(
        "platform",
        env.clients.eks.listTagsForResource(r -> r.resourceArn(arn)).tags().get("team"));
    env.clients.eks.untagResource(r -> r.resourceArn(arn).tagKeys("b c"));
    Map<String, String> tags = describe().tags();
    assertEquals("platform", tags.get("team"));
    assertFalse(tags.containsKey("b c"));
    assertThrows(
        NotFoundException.class,
        () ->
            env.clients.eks.listTagsForResource(
                r -> r.resourceArn("arn:aws:eks:us-west-2:123456789012:cluster/nope")));
  }

  @Test
  void createClusterStartsCreatingAndDeleteWaitsForChildren() {
    Cluster c =
        env.clients
            .eks
            .createCluster(
                r ->
                    r.name("second")
                        .roleArn(ClusterTest.SERVICE_ROLE)
                        .resourcesVpcConfig(
                            v ->
                                v.subnetIds(
                                    "subnet-0d44444444444444d", "subnet-0e55555555555555e")))
            .cluster();
    assertEquals(ClusterStatus.CREATING, c.status());
    assertEquals(null, c.endpoint());
    env.clock.advance(Duration.ofMinutes(11));
    assertEquals(
        ClusterStatus.ACTIVE,
        env.clients.eks.describeCluster(r -> r.name("second")).cluster().status());
    assertThrows(
        ResourceInUseException.class,
        () ->
            env.clients.eks.createCluster(
                r ->
                    r.name("second")
                        .roleArn(ClusterTest.SERVICE_ROLE)
                        .resourcesVpcConfig(
                            v ->
                                v.subnetIds(
                                    "subnet-0d44444444444444d", "subnet-0e55555555555555e"))));
    assertEquals(
        ClusterStatus.DELETING,
        env.clients.eks.deleteCluster(r -> r.name("second")).cluster().status());
    env.clock.advance(Duration.ofMinutes(6));
    assertThrows(
        ResourceNotFoundException.class,
        () -> env.clients.eks.describeCluster(r -> r.name("second")));
  }

  @Test
  void listPaginationValidatesAndPages() {
    assertThrows(
        InvalidParameterException.class,
        () -> env.clients.eks.listClusters(r -> r.maxResults(500)));
    for (String name : List.of("a1", "a2", "a3")) {
      env.clients.eks.createCluster(
          r ->
              r.name(name)
                  .roleArn(ClusterTest.SERVICE_ROLE)
                  .resourcesVpcConfig(
                      v -> v.subnetIds("subnet-0d44444444444444d", "subnet-0e55555555555555e")));
    }
    List<String> all =
        env.clients.eks.listClustersPaginator(r -> r.maxResults(1)).clusters().stream().toList();
    assertEquals(List.of("a1", "a2", "a3", CLUSTER), all);
  }
}
