package io.eksform.engine.live;

import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.aws.AwsErrors;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.LaunchTemplate;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateVersion;
import software.amazon.awssdk.services.ec2.model.ResponseLaunchTemplateData;

/**
 * Reads the EC2 launch templates a config names for its managed node groups: the template, its
 * default version, and each version the config asks for. A template or version that does not exist
 * is simply not there, so that the plan can say so at the config's line.
 */
final class LaunchTemplateReader {
  private final AwsClients aws;

  LaunchTemplateReader(AwsClients aws) {
    this.aws = aws;
  }

  Optional<LiveLaunchTemplate> read(String id, Set<String> versions) {
    Optional<LaunchTemplate> template = template(id);
    if (template.isEmpty()) {
      return Optional.empty();
    }
    LaunchTemplate t = template.get();
    Map<Long, LiveLaunchTemplate.Version> found = new TreeMap<>();
    version(id, String.valueOf(t.defaultVersionNumber())).ifPresent(v -> found.put(v.number(), v));
    for (String asked : versions) {
      if (asked.chars().allMatch(Character::isDigit) && !found.containsKey(Long.parseLong(asked))) {
        version(id, asked).ifPresent(v -> found.put(v.number(), v));
      }
    }
    return Optional.of(
        new LiveLaunchTemplate(
            t.launchTemplateId(), t.launchTemplateName(), t.defaultVersionNumber(), found));
  }

  private Optional<LaunchTemplate> template(String id) {
    try {
      return AwsErrors.call(
          "ec2:DescribeLaunchTemplates",
          aws.target(),
          () ->
              aws
                  .ec2()
                  .describeLaunchTemplates(r -> r.launchTemplateIds(id))
                  .launchTemplates()
                  .stream()
                  .findFirst());
    } catch (Ec2Exception e) {
      if (notFound(e)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private Optional<LiveLaunchTemplate.Version> version(String id, String number) {
    try {
      return AwsErrors.call(
          "ec2:DescribeLaunchTemplateVersions",
          aws.target(),
          () ->
              aws
                  .ec2()
                  .describeLaunchTemplateVersions(r -> r.launchTemplateId(id).versions(number))
                  .launchTemplateVersions()
                  .stream()
                  .findFirst()
                  .map(LaunchTemplateReader::summary));
    } catch (Ec2Exception e) {
      if (notFound(e)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private static LiveLaunchTemplate.Version summary(LaunchTemplateVersion v) {
    ResponseLaunchTemplateData d = v.launchTemplateData();
    return new LiveLaunchTemplate.Version(
        v.versionNumber(),
        d == null ? Optional.empty() : Optional.ofNullable(d.instanceTypeAsString()),
        d == null ? Optional.empty() : Optional.ofNullable(d.imageId()),
        d != null && d.userData() != null && !d.userData().isEmpty(),
        d != null
            && d.iamInstanceProfile() != null
            && (d.iamInstanceProfile().arn() != null || d.iamInstanceProfile().name() != null));
  }

  /** EC2's answers for an id or version it does not know (or an id that cannot be one). */
  private static boolean notFound(Ec2Exception e) {
    String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
    return code != null && code.startsWith("InvalidLaunchTemplateId.");
  }
}
