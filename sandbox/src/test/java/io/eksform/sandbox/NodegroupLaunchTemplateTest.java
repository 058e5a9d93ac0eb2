package io.eksform.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.model.RequestLaunchTemplateData;
import software.amazon.awssdk.services.eks.model.CreateNodegroupRequest;
import software.amazon.awssdk.services.eks.model.InvalidParameterException;
import software.amazon.awssdk.services.eks.model.InvalidRequestException;
import software.amazon.awssdk.services.eks.model.LaunchTemplateSpecification;
import software.amazon.awssdk.services.eks.model.Nodegroup;

/** Managed node groups made from EC2 launch templates, through the real EKS and EC2 clients. */
class NodegroupLaunchTemplateTest {
  static final String CLUSTER = "eksworkshop-eksctl";
  @RegisterExtension final ScenarioSandbox env = ScenarioSandbox.manualClock();

  String template(String name, RequestLaunchTemplateData data) {
    return env.clients
        .ec2
        .createLaunchTemplate(r -> r.launchTemplateName(name).launchTemplateData(data))
        .launchTemplate()
        .launchTemplateId();
  }

  static RequestLaunchTemplateData disk() {
    return RequestLaunchTemplateData.builder()
        .blockDeviceMappings(b -> b.deviceName("/dev/xvda").ebs(e -> e.volumeSize(80)))
        .build();
  }

  Nodegroup create(String name, Consumer<LaunchTemplateSpecification.Builder> template) {
    return create(name, template, r -> {});
  }

  Nodegroup create(
      String name,
      Consumer<LaunchTemplateSpecification.Builder> template,
      Consumer<CreateNodegroupRequest.Builder> more) {
    return env.clients
        .eks
        .createNodegroup(
            r -> {
              r.clusterName(CLUSTER)
                  .nodegroupName(name)
                  .nodeRole("arn:aws:iam::123456789012:role/nodes")
                  .subnets("subnet-0d44444444444444d")
                  .launchTemplate(template);
              more.accept(r);
            })
        .nodegroup();
  }

  Nodegroup describe(String name) {
    return env.clients
        .eks
        .describeNodegroup(r -> r.clusterName(CLUSTER).nodegroupName(name))
        .nodegroup();
  }

  @Test
  void nodegroupReportsItsTemplateWithTheVersionResolved() {
    String id = template("ng-lt", disk());
    env.clients.ec2.createLaunchTemplateVersion(
        r -> r.launchTemplateId(id).launchTemplateData(d -> d.keyName("ops")));
    create("by-id", t -> t.id(id), r -> r.instanceTypes("m5.large"));
    Nodegroup byId = describe("by-id");
    assertEquals(id, byId.launchTemplate().id());
    assertEquals("ng-lt", byId.launchTemplate().name());
    assertEquals("1", byId.launchTemplate().version(), "no version means the default version");
    assertNull(byId.diskSize(), "the disk size lives in the launch template");
    assertEquals(List.of("m5.large"), byId.instanceTypes());
    create("by-name", t -> t.name("ng-lt").version("$Latest"));
    Nodegroup byName = describe("by-name");
    assertEquals(id, byName.launchTemplate().id());
    assertEquals("2", byName.launchTemplate().version());
    assertEquals(List.of("t3.medium"), byName.instanceTypes());
  }

  @Test
  void instanceTypeInTheTemplateIsTheNodegroupsType() {
    template("typed", RequestLaunchTemplateData.builder().instanceType("c5.large").build());
    Nodegroup n = create("typed-ng", t -> t.name("typed"));
    assertFalse(n.hasInstanceTypes());
    InvalidRequestException both =
        assertThrows(
            InvalidRequestException.class,
            () -> create("both", t -> t.name("typed"), r -> r.instanceTypes("m5.large")));
    assertEquals(
        "Cannot specify instance types in launch template and API Request",
        both.awsErrorDetails().errorMessage());
  }

  @Test
  void missingTemplatesAndVersionsAreRefused() {
    String id = template("real", disk());
    InvalidParameterException noId =
        assertThrows(
            InvalidParameterException.class, () -> create("a", t -> t.id("lt-0000000000000000f")));
    assertEquals(
        "Launch template with id lt-0000000000000000f does not exist.",
        noId.awsErrorDetails().errorMessage());
    assertEquals(
        "Launch template with name ghost does not exist.",
        assertThrows(InvalidParameterException.class, () -> create("b", t -> t.name("ghost")))
            .awsErrorDetails()
            .errorMessage());
    assertEquals(
        "Launch template " + id + " has no version 4.",
        assertThrows(InvalidParameterException.class, () -> create("c", t -> t.id(id).version("4")))
            .awsErrorDetails()
            .errorMessage());
    assertEquals(
        "Either provide launch template ID or launch template name in the request.",
        assertThrows(InvalidParameterException.class, () -> create("d", t -> t.id(id).name("real")))
            .awsErrorDetails()
            .errorMessage());
    assertThrows(
        InvalidParameterException.class,
        () -> create("e", t -> t.id(id), r -> r.diskSize(40)),
        "a disk size beside a launch template");
  }

  @Test
  void aNewVersionOfTheSameTemplateIsAnInPlaceVersionUpdate() {
    String id = template("rolling", disk());
    env.clients.ec2.createLaunchTemplateVersion(
        r -> r.launchTemplateId(id).launchTemplateData(d -> d.keyName("ops")));
    create("rolled", t -> t.id(id).version("1"), r -> r.instanceTypes("m5.large"));
    env.clock.advance(java.time.Duration.ofMinutes(4));
    var update =
        env.clients
            .eks
            .updateNodegroupVersion(
                r ->
                    r.clusterName(CLUSTER)
                        .nodegroupName("rolled")
                        .launchTemplate(t -> t.id(id).version("2")))
            .update();
    assertEquals(
        List.of("Version", "ReleaseVersion", "LaunchTemplateName", "LaunchTemplateVersion"),
        update.params().stream().map(p -> p.typeAsString()).toList());
    assertEquals("1", describe("rolled").launchTemplate().version(), "until the update ends");
    env.clock.advance(java.time.Duration.ofMinutes(4));
    Nodegroup rolled = describe("rolled");
    assertEquals("2", rolled.launchTemplate().version());
    assertEquals(id, rolled.launchTemplate().id());
    assertEquals("1.32", rolled.version(), "the Kubernetes version stays");
    assertEquals(
        "Nodegroup rolled is already at version 1.32 (1.32.0-20250101) with launch template"
            + " version 2",
        assertThrows(
                InvalidParameterException.class,
                () ->
                    env.clients.eks.updateNodegroupVersion(
                        r ->
                            r.clusterName(CLUSTER)
                                .nodegroupName("rolled")
                                .launchTemplate(t -> t.id(id).version("2"))))
            .awsErrorDetails()
            .errorMessage());
  }

  @Test
  void onlyTheSameTemplateOfAGroupMadeFromOneCanBeUpdated() {
    String id = template("first", disk());
    String other = template("second", disk());
    create("from-first", t -> t.id(id), r -> r.instanceTypes("m5.large"));
    env.clients.eks.createNodegroup(
        r ->
            r.clusterName(CLUSTER)
                .nodegroupName("plain")
                .nodeRole("arn:aws:iam::123456789012:role/nodes")
                .subnets("subnet-0d44444444444444d"));
    env.clock.advance(java.time.Duration.ofMinutes(4));
    assertEquals(
        "The launch template "
            + other
            + " does not match the launch template "
            + id
            + " the node group was created with.",
        assertThrows(
                InvalidParameterException.class,
                () ->
                    env.clients.eks.updateNodegroupVersion(
                        r ->
                            r.clusterName(CLUSTER)
                                .nodegroupName("from-first")
                                .launchTemplate(t -> t.id(other).version("1"))))
            .awsErrorDetails()
            .errorMessage());
    assertThrows(
        InvalidParameterException.class,
        () ->
            env.clients.eks.updateNodegroupVersion(
                r ->
                    r.clusterName(CLUSTER)
                        .nodegroupName("plain")
                        .launchTemplate(t -> t.id(id).version("1"))),
        "a group made without a template cannot take one");
  }

  @Test
  void theReferenceSurvivesARestart(@TempDir Path dir) {
    SandboxOptions options =
        SandboxOptions.defaults().withScenario("eksworkshop").withStateFile(dir.resolve("s.json"));
    try (Sandbox first = Sandbox.start(options);
        Clients clients = new Clients(first.endpoint())) {
      String id =
          clients
              .ec2
              .createLaunchTemplate(r -> r.launchTemplateName("kept").launchTemplateData(disk()))
              .launchTemplate()
              .launchTemplateId();
      clients.eks.createNodegroup(
          r ->
              r.clusterName(CLUSTER)
                  .nodegroupName("kept")
                  .nodeRole("arn:aws:iam::123456789012:role/nodes")
                  .subnets("subnet-0d44444444444444d")
                  .launchTemplate(t -> t.id(id)));
    }
    try (Sandbox second = Sandbox.start(options);
        Clients clients = new Clients(second.endpoint())) {
      assertEquals(
          "kept",
          clients
              .eks
              .describeNodegroup(r -> r.clusterName(CLUSTER).nodegroupName("kept"))
              .nodegroup()
              .launchTemplate()
              .name());
    }
  }
}
