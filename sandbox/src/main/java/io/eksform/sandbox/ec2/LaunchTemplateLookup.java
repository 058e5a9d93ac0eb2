package io.eksform.sandbox.ec2;

import io.eksform.sandbox.http.AwsError;
import io.eksform.sandbox.http.FormParams;
import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.LaunchTemplate;
import io.eksform.sandbox.state.LaunchTemplateVersion;
import java.util.Optional;

/** Finds the launch template and version a call names, answering with EC2's errors. */
final class LaunchTemplateLookup {
  private final Account account;

  LaunchTemplateLookup(Account account) {
    this.account = account;
  }

  /** The template with this id in the region, if any. */
  Optional<LaunchTemplate> byId(String region, String id) {
    LaunchTemplate t = account.launchTemplates().get(id);
    return t != null && t.region().equals(region) ? Optional.of(t) : Optional.empty();
  }

  /** The template with this name in the region, if any. */
  Optional<LaunchTemplate> byName(String region, String name) {
    return account.launchTemplates().values().stream()
        .filter(t -> t.region().equals(region) && t.name().equals(name))
        .findFirst();
  }

  /**
   * The one template a call names by {@code LaunchTemplateId} or {@code LaunchTemplateName}
   * (exactly one of them).
   */
  LaunchTemplate named(String region, FormParams form) {
    String id = form.get("LaunchTemplateId", null);
    String name = form.get("LaunchTemplateName", null);
    if (id != null && name != null) {
      throw new AwsError(
          "InvalidParameterCombination",
          400,
          "Specify either the launch template ID or the launch template name, but not both.");
    }
    if (id != null) {
      return byId(region, id).orElseThrow(() -> idNotFound(id));
    }
    if (name != null) {
      return byName(region, name).orElseThrow(() -> nameNotFound(name));
    }
    throw new AwsError(
        "MissingParameter",
        400,
        "The request must contain the parameter LaunchTemplateName or LaunchTemplateId");
  }

  /** A version of the template: a number, {@code $Latest} or {@code $Default}. */
  static LaunchTemplateVersion version(LaunchTemplate t, String version) {
    return t.resolve(version).orElseThrow(() -> versionNotFound(t, version));
  }

  static AwsError idNotFound(String id) {
    return new AwsError(
        "InvalidLaunchTemplateId.NotFound",
        400,
        "The specified launch template, with template ID " + id + ", does not exist.");
  }

  static AwsError nameNotFound(String name) {
    return new AwsError(
        "InvalidLaunchTemplateName.NotFoundException",
        400,
        "The specified launch template, with template name " + name + ", does not exist.");
  }

  static AwsError versionNotFound(LaunchTemplate t, String version) {
    return new AwsError(
        "InvalidLaunchTemplateId.VersionNotFound",
        400,
        "Could not find the specified version "
            + version
            + " for the launch template with ID "
            + t.id()
            + ".");
  }
}
