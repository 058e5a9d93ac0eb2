package io.eksform.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.eks.model.CreateFargateProfileRequest;
import software.amazon.awssdk.services.eks.model.FargateProfile;
import software.amazon.awssdk.services.eks.model.FargateProfileSelector;
import software.amazon.awssdk.services.eks.model.FargateProfileStatus;
import software.amazon.awssdk.services.eks.model.InvalidParameterException;
import software.amazon.awssdk.services.eks.model.InvalidRequestException;
import software.amazon.awssdk.services.eks.model.ResourceInUseException;
import software.amazon.awssdk.services.eks.model.ResourceLimitExceededException;
import software.amazon.awssdk.services.eks.model.ResourceNotFoundException;

/**
 * Fargate profiles through the real EKS client: lifecycle, validations and the concurrency rule.
 */
class FargateProfileTest {
  static final String CLUSTER = "eksworkshop-eksctl";
  static final String ROLE = "arn:aws:iam::123456789012:role/fargate-pods";
  static final List<String> PRIVATE =
      List.of("subnet-0d44444444444444d", "subnet-0e55555555555555e", "subnet-0f66666666666666f");

  @RegisterExtension final ScenarioSandbox env = ScenarioSandbox.manualClock();

  FargateProfile create(String name, List<String> subnets) {
    return env.clients
        .eks
        .createFargateProfile(
            r ->
                r.clusterName(CLUSTER)
                    .fargateProfileName(name)
                    .podExecutionRoleArn(ROLE)
                    .subnets(subnets)
                    .selectors(
                        FargateProfileSelector.builder()
                            .namespace("prodcatalog-ns")
                            .labels(Map.of("app", "prodcatalog"))
                            .build()))
        .fargateProfile();
  }

  FargateProfile describe(String name) {
    return env.clients
        .eks
        .describeFargateProfile(r -> r.clusterName(CLUSTER).fargateProfileName(name))
        .fargateProfile();
  }

  @Test
  void createIsCreatingThenActiveAfterTheDuration() {
    FargateProfile created = create("fp-a", PRIVATE);
    assertEquals(FargateProfileStatus.CREATING, created.status());
    assertTrue(
        created
            .fargateProfileArn()
            .startsWith(
                "arn:aws:eks:us-west-2:123456789012:fargateprofile/eksworkshop-eksctl/fp-a/"));
    assertEquals(FargateProfileStatus.CREATING, describe("fp-a").status());
    env.clock.advance(Duration.ofMinutes(3));
    FargateProfile active = describe("fp-a");
    assertEquals(FargateProfileStatus.ACTIVE, active.status());
    assertEquals(PRIVATE, active.subnets());
    assertEquals("prodcatalog", active.selectors().get(0).labels().get("app"));
    assertEquals(
        List.of("fp-a"),
        env.clients.eks.listFargateProfiles(r -> r.clusterName(CLUSTER)).fargateProfileNames());
  }

  @Test
  void deleteIsDeletingThenNotFound() {
    create("fp-a", PRIVATE);
    env.clock.advance(Duration.ofMinutes(3));
    FargateProfile deleting =
        env.clients
            .eks
            .deleteFargateProfile(r -> r.clusterName(CLUSTER).fargateProfileName("fp-a"))
            .fargateProfile();
    assertEquals(FargateProfileStatus.DELETING, deleting.status());
    InvalidRequestException again =
        assertThrows(
            InvalidRequestException.class,
            () ->
                env.clients.eks.deleteFargateProfile(
                    r -> r.clusterName(CLUSTER).fargateProfileName("fp-a")));
    assertEquals(
        "Fargate Profile is currently not in Active State.",
        again.awsErrorDetails().errorMessage());
    env.clock.advance(Duration.ofMinutes(5));
    ResourceNotFoundException gone =
        assertThrows(ResourceNotFoundException.class, () -> describe("fp-a"));
    assertEquals(
        "No Fargate Profile found with name: fp-a.", gone.awsErrorDetails().errorMessage());
    assertEquals(404, gone.statusCode());
  }

  @Test
  void onlyOneProfilePerClusterMayBeInTransition() {
    create("fp-a", PRIVATE);
    ResourceInUseException e =
        assertThrows(ResourceInUseException.class, () -> create("fp-b", PRIVATE));
    assertEquals(409, e.statusCode());
    assertEquals(
        "Cannot create Fargate Profile fp-b because cluster eksworkshop-eksctl currently has Fargate profile fp-a in status CREATING",
        e.awsErrorDetails().errorMessage());
    assertEquals(CLUSTER, e.clusterName());
    env.clock.advance(Duration.ofMinutes(3));
    create("fp-b", PRIVATE);
    ResourceInUseException d =
        assertThrows(
            ResourceInUseException.class,
            () ->
                env.clients.eks.deleteFargateProfile(
                    r -> r.clusterName(CLUSTER).fargateProfileName("fp-a")));
    assertEquals(
        "Cannot Delete Fargate Profile fp-a because cluster eksworkshop-eksctl currently has Fargate profile fp-b in status CREATING",
        d.awsErrorDetails().errorMessage());
  }

  @Test
  void duplicateNameIsInUse() {
    create("fp-a", PRIVATE);
    env.clock.advance(Duration.ofMinutes(3));
    ResourceInUseException e =
        assertThrows(ResourceInUseException.class, () -> create("fp-a", PRIVATE));
    assertEquals(
        "A Fargate Profile already exists with this name in this cluster.",
        e.awsErrorDetails().errorMessage());
  }

  @Test
  void publicSubnetsAreRejectedByTheirRouteTable() {
    InvalidParameterException e =
        assertThrows(
            InvalidParameterException.class,
            () -> create("fp-a", List.of("subnet-0d44444444444444d", "subnet-0a11111111111111a")));
    assertEquals(
        "Subnet subnet-0a11111111111111a provided in Fargate Profile is not a private subnet",
        e.awsErrorDetails().errorMessage());
    assertEquals("fp-a", e.fargateProfileName());
  }

  @Test
  void omittedSubnetsDefaultToTheClustersPrivateSubnets() {
    assertEquals(PRIVATE, create("fp-a", List.of()).subnets());
  }

  @Test
  void selectorRulesFollowAws() {
    InvalidParameterException none =
        assertThrows(
            InvalidParameterException.class,
            () ->
                env.clients.eks.createFargateProfile(
                    r -> r.clusterName(CLUSTER).fargateProfileName("x").podExecutionRoleArn(ROLE)));
    assertEquals(
        "Fargate Profile requires at least one selector.", none.awsErrorDetails().errorMessage());
    FargateProfileSelector six = FargateProfileSelector.builder().namespace("a").build();
    assertThrows(
        InvalidParameterException.class,
        () ->
            env.clients.eks.createFargateProfile(
                CreateFargateProfileRequest.builder()
                    .clusterName(CLUSTER)
                    .fargateProfileName("x")
                    .podExecutionRoleArn(ROLE)
                    .selectors(six, six, six, six, six, six)
                    .build()));
    InvalidParameterException labels =
        assertThrows(
            InvalidParameterException.class,
            () ->
                env.clients.eks.createFargateProfile(
                    r ->
                        r.clusterName(CLUSTER)
                            .fargateProfileName("x")
                            .podExecutionRoleArn(ROLE)
                            .selectors(
                                FargateProfileSelector.builder()
                                    .namespace("a")
                                    .labels(
                                        Map.of(
                                            "a", "1", "b", "2", "c", "3", "d", "4", "e", "5", "f",
                                            "6"))
                                    .build())));
    assertEquals(
        "Request contains Selector with more than 5 Label pairs",
        labels.awsErrorDetails().errorMessage());
    InvalidParameterException namespace =
        assertThrows(
            InvalidParameterException.class,
            () ->
                env.clients.eks.createFargateProfile(
                    r ->
                        r.clusterName(CLUSTER)
                            .fargateProfileName("x")
                            .podExecutionRoleArn(ROLE)
                            .selectors(
                                FargateProfileSelector.builder()
                                    .labels(Map.of("a", "b"))
                                    .build())));
    assertEquals(
        "Fargate Profile must have at least one selector with at least one namespace value.",
        namespace.awsErrorDetails().errorMessage());
  }

  @Test
  void atMostTenProfilesPerCluster() {
    for (int i = 0; i < 10; i++) {
      create("fp-" + i, PRIVATE);
      env.clock.advance(Duration.ofMinutes(3));
    }
    assertThrows(ResourceLimitExceededException.class, () -> create("fp-10", PRIVATE));
  }

  @Test
  void unknownClusterIsNotFound() {
    ResourceNotFoundException e =
        assertThrows(
            ResourceNotFoundException.class,
            () -> env.clients.eks.listFargateProfiles(r -> r.clusterName("nope")));
    assertEquals("No cluster found for name: nope.", e.awsErrorDetails().errorMessage());
    assertEquals("nope", e.clusterName());
  }
}
