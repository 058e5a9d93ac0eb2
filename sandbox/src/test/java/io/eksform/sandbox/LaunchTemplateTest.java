package io.eksform.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.LaunchTemplate;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateTagSpecificationRequest;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateVersion;
import software.amazon.awssdk.services.ec2.model.RequestLaunchTemplateData;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.ResponseLaunchTemplateData;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/** EC2 launch templates and their versions through the real EC2 client. */
class LaunchTemplateTest {
  @RegisterExtension final ScenarioSandbox env = ScenarioSandbox.realTime();

  static RequestLaunchTemplateData nodeData(String instanceType) {
    return RequestLaunchTemplateData.builder()
        .imageId("ami-0abcdef1234567890")
        .instanceType(instanceType)
        .keyName("ops")
        .securityGroupIds("sg-0c0ffee0c0ffee001")
        .blockDeviceMappings(
            b ->
                b.deviceName("/dev/xvda")
                    .ebs(e -> e.volumeSize(80).volumeType("gp3").iops(3000).throughput(125)))
        .metadataOptions(m -> m.httpTokens("required").httpPutResponseHopLimit(2))
        .userData("IyEvYmluL2Jhc2gKZWNobyBoaQ==")
        .tagSpecifications(
            LaunchTemplateTagSpecificationRequest.builder()
                .resourceType(ResourceType.INSTANCE)
                .tags(Tag.builder().key("Name").value("demo-ng-Node").build())
                .build())
        .monitoring(m -> m.enabled(true))
        .build();
  }

  LaunchTemplate create(String name) {
    return env.clients
        .ec2
        .createLaunchTemplate(
            r ->
                r.launchTemplateName(name)
                    .versionDescription("first")
                    .launchTemplateData(nodeData("m5.large"))
                    .tagSpecifications(
                        TagSpecification.builder()
                            .resourceType(ResourceType.LAUNCH_TEMPLATE)
                            .tags(Tag.builder().key("team").value("platform").build())
                            .build()))
        .launchTemplate();
  }

  static String ec2Error(Runnable call) {
    return assertThrows(Ec2Exception.class, call::run).awsErrorDetails().errorCode();
  }

  @Test
  void createdTemplateReadsBackWithItsData() {
    LaunchTemplate created = create("demo-ng");
    assertTrue(created.launchTemplateId().matches("lt-0[0-9a-f]{16}"), created.launchTemplateId());
    assertEquals(1L, created.defaultVersionNumber());
    assertEquals(1L, created.latestVersionNumber());
    assertEquals("platform", created.tags().get(0).value());
    LaunchTemplateVersion v =
        env.clients
            .ec2
            .describeLaunchTemplateVersions(r -> r.launchTemplateName("demo-ng"))
            .launchTemplateVersions()
            .get(0);
    assertEquals(created.launchTemplateId(), v.launchTemplateId());
    assertEquals("first", v.versionDescription());
    assertTrue(v.defaultVersion());
    ResponseLaunchTemplateData data = v.launchTemplateData();
    assertEquals("ami-0abcdef1234567890", data.imageId());
    assertEquals("m5.large", data.instanceTypeAsString());
    assertEquals("ops", data.keyName());
    assertEquals(List.of("sg-0c0ffee0c0ffee001"), data.securityGroupIds());
    assertEquals("/dev/xvda", data.blockDeviceMappings().get(0).deviceName());
    assertEquals(80, data.blockDeviceMappings().get(0).ebs().volumeSize());
    assertEquals(125, data.blockDeviceMappings().get(0).ebs().throughput());
    assertEquals("required", data.metadataOptions().httpTokensAsString());
    assertEquals(2, data.metadataOptions().httpPutResponseHopLimit());
    assertEquals("IyEvYmluL2Jhc2gKZWNobyBoaQ==", data.userData());
    assertEquals("instance", data.tagSpecifications().get(0).resourceTypeAsString());
    assertEquals("demo-ng-Node", data.tagSpecifications().get(0).tags().get(0).value());
    assertTrue(data.monitoring().enabled(), "members the sandbox does not interpret come back");
  }

  @Test
  void versionsAreNumberedAndTheDefaultMoves() {
    LaunchTemplate t = create("versions");
    String id = t.launchTemplateId();
    LaunchTemplateVersion second =
        env.clients
            .ec2
            .createLaunchTemplateVersion(
                r ->
                    r.launchTemplateId(id)
                        .sourceVersion("1")
                        .launchTemplateData(d -> d.instanceType("c5.large")))
            .launchTemplateVersion();
    assertEquals(2L, second.versionNumber());
    assertFalse(second.defaultVersion());
    assertEquals("c5.large", second.launchTemplateData().instanceTypeAsString());
    assertEquals(
        "ami-0abcdef1234567890",
        second.launchTemplateData().imageId(),
        "a version made from a source keeps what it does not change");
    assertEquals(
        "c5.large",
        env.clients
            .ec2
            .describeLaunchTemplateVersions(r -> r.launchTemplateId(id).versions("$Latest"))
            .launchTemplateVersions()
            .get(0)
            .launchTemplateData()
            .instanceTypeAsString());
    assertEquals(
        "m5.large",
        env.clients
            .ec2
            .describeLaunchTemplateVersions(r -> r.launchTemplateId(id).versions("$Default"))
            .launchTemplateVersions()
            .get(0)
            .launchTemplateData()
            .instanceTypeAsString());
    LaunchTemplate modified =
        env.clients
            .ec2
            .modifyLaunchTemplate(r -> r.launchTemplateId(id).defaultVersion("2"))
            .launchTemplate();
    assertEquals(2L, modified.defaultVersionNumber());
    assertEquals(
        List.of(2L),
        env
            .clients
            .ec2
            .describeLaunchTemplateVersions(
                r ->
                    r.launchTemplateName("versions")
                        .filters(
                            Filter.builder().name("is-default-version").values("true").build()))
            .launchTemplateVersions()
            .stream()
            .map(LaunchTemplateVersion::versionNumber)
            .toList());
    assertEquals(
        List.of(1L),
        env
            .clients
            .ec2
            .describeLaunchTemplateVersions(r -> r.launchTemplateId(id).maxVersion("1"))
            .launchTemplateVersions()
            .stream()
            .map(LaunchTemplateVersion::versionNumber)
            .toList());
    assertEquals(
        2,
        env.clients
            .ec2
            .describeLaunchTemplateVersions(r -> r.versions("$Latest", "$Default"))
            .launchTemplateVersions()
            .size(),
        "without a template, $Latest and $Default of every template");
  }

  @Test
  void describeByIdsNamesAndFilters() {
    String a = create("alpha").launchTemplateId();
    create("beta");
    assertEquals(
        List.of("alpha", "beta"),
        env.clients.ec2.describeLaunchTemplates().launchTemplates().stream()
            .map(LaunchTemplate::launchTemplateName)
            .toList());
    assertEquals(
        "alpha",
        env.clients
            .ec2
            .describeLaunchTemplates(r -> r.launchTemplateIds(a))
            .launchTemplates()
            .get(0)
            .launchTemplateName());
    assertEquals(
        a,
        env.clients
            .ec2
            .describeLaunchTemplates(r -> r.launchTemplateNames("alpha"))
            .launchTemplates()
            .get(0)
            .launchTemplateId());
    assertEquals(
        2,
        env.clients
            .ec2
            .describeLaunchTemplates(
                r -> r.filters(Filter.builder().name("tag:team").values("plat*").build()))
            .launchTemplates()
            .size());
    assertEquals(
        List.of("beta"),
        env
            .clients
            .ec2
            .describeLaunchTemplates(
                r -> r.filters(Filter.builder().name("launch-template-name").values("b*").build()))
            .launchTemplates()
            .stream()
            .map(LaunchTemplate::launchTemplateName)
            .toList());
    assertEquals(
        2,
        env
            .clients
            .ec2
            .describeLaunchTemplatesPaginator(r -> r.maxResults(1))
            .launchTemplates()
            .stream()
            .count());
    env.clients.ec2.createTags(r -> r.resources(a).tags(t -> t.key("tier").value("gold")));
    assertEquals(
        List.of("alpha"),
        env
            .clients
            .ec2
            .describeLaunchTemplates(
                r -> r.filters(Filter.builder().name("tag-key").values("tier").build()))
            .launchTemplates()
            .stream()
            .map(LaunchTemplate::launchTemplateName)
            .toList());
  }

  @Test
  void mistakesGetEc2sErrorCodes() {
    String id = create("taken").launchTemplateId();
    assertEquals(
        "InvalidLaunchTemplateName.AlreadyExistsException",
        ec2Error(
            () ->
                env.clients.ec2.createLaunchTemplate(
                    r -> r.launchTemplateName("taken").launchTemplateData(nodeData("t3.small")))));
    assertEquals(
        "InvalidLaunchTemplateName.MalformedException",
        ec2Error(
            () ->
                env.clients.ec2.createLaunchTemplate(
                    r -> r.launchTemplateName("a b").launchTemplateData(nodeData("t3.small")))));
    assertEquals(
        "InvalidLaunchTemplateName.NotFoundException",
        ec2Error(
            () -> env.clients.ec2.describeLaunchTemplates(r -> r.launchTemplateNames("nope"))));
    assertEquals(
        "InvalidLaunchTemplateId.NotFound",
        ec2Error(
            () ->
                env.clients.ec2.describeLaunchTemplates(
                    r -> r.launchTemplateIds("lt-0000000000000000f"))));
    Ec2Exception version =
        assertThrows(
            Ec2Exception.class,
            () ->
                env.clients.ec2.describeLaunchTemplateVersions(
                    r -> r.launchTemplateId(id).versions("7")));
    assertEquals("InvalidLaunchTemplateId.VersionNotFound", version.awsErrorDetails().errorCode());
    assertEquals(
        "Could not find the specified version 7 for the launch template with ID " + id + ".",
        version.awsErrorDetails().errorMessage());
    assertEquals(
        "InvalidLaunchTemplateId.VersionNotFound",
        ec2Error(
            () ->
                env.clients.ec2.modifyLaunchTemplate(
                    r -> r.launchTemplateId(id).defaultVersion("3"))));
    Ec2Exception name =
        assertThrows(
            Ec2Exception.class,
            () ->
                env.clients.ec2.describeLaunchTemplateVersions(
                    r -> r.launchTemplateName("missing")));
    assertEquals(
        "The specified launch template, with template name missing, does not exist.",
        name.awsErrorDetails().errorMessage());
    assertEquals(
        "InvalidLaunchTemplateId.NotFound",
        ec2Error(
            () ->
                env.clients.ec2.deleteLaunchTemplate(
                    r -> r.launchTemplateId("lt-0000000000000000f"))));
    assertEquals(
        "InvalidParameterValue",
        ec2Error(
            () ->
                env.clients.ec2.describeLaunchTemplates(
                    r -> r.filters(Filter.builder().name("bogus").values("x").build()))));
  }

  @Test
  void deletedTemplateIsGone() {
    String id = create("short-lived").launchTemplateId();
    assertEquals(
        id,
        env.clients
            .ec2
            .deleteLaunchTemplate(r -> r.launchTemplateName("short-lived"))
            .launchTemplate()
            .launchTemplateId());
    assertTrue(env.clients.ec2.describeLaunchTemplates().launchTemplates().isEmpty());
  }

  @Test
  void templatesSurviveARestart(@TempDir Path dir) {
    SandboxOptions options =
        SandboxOptions.defaults().withScenario("eksworkshop").withStateFile(dir.resolve("s.json"));
    String id;
    try (Sandbox first = Sandbox.start(options);
        Clients clients = new Clients(first.endpoint())) {
      id =
          clients
              .ec2
              .createLaunchTemplate(
                  r -> r.launchTemplateName("kept").launchTemplateData(nodeData("m5.large")))
              .launchTemplate()
              .launchTemplateId();
    }
    try (Sandbox second = Sandbox.start(options);
        Clients clients = new Clients(second.endpoint())) {
      ResponseLaunchTemplateData data =
          clients
              .ec2
              .describeLaunchTemplateVersions(r -> r.launchTemplateId(id))
              .launchTemplateVersions()
              .get(0)
              .launchTemplateData();
      assertEquals(80, data.blockDeviceMappings().get(0).ebs().volumeSize());
      assertNull(data.kernelId());
    }
  }
}
