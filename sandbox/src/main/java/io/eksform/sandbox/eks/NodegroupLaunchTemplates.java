package io.eksform.sandbox.eks;

import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.Cluster;
import io.eksform.sandbox.state.LaunchTemplate;
import io.eksform.sandbox.state.LaunchTemplateRef;
import io.eksform.sandbox.state.LaunchTemplateVersion;

/**
 * The launch template a CreateNodegroup names ({@code id} or {@code name}, and a version that
 * defaults to the template's default version), resolved against the account's EC2 launch templates
 * in the cluster's region; anything that does not exist is an {@code InvalidParameterException}.
 */
final class NodegroupLaunchTemplates {
  /** The reference EKS keeps (the version as a number) and the version's data. */
  record Resolved(LaunchTemplateRef ref, LaunchTemplateVersion version) {}

  private NodegroupLaunchTemplates() {}

  static Resolved resolve(Account account, Cluster c, Body spec, String[] ids) {
    String id = spec.text("id");
    String name = spec.text("name");
    if ((id == null) == (name == null)) {
      throw EksErrors.invalidParameter(
          "Either provide launch template ID or launch template name in the request.", ids);
    }
    LaunchTemplate t = null;
    for (LaunchTemplate candidate : account.launchTemplates().values()) {
      if (candidate.region().equals(c.region())
          && (id != null ? candidate.id().equals(id) : candidate.name().equals(name))) {
        t = candidate;
      }
    }
    if (t == null) {
      throw EksErrors.invalidParameter(
          id != null
              ? "Launch template with id " + id + " does not exist."
              : "Launch template with name " + name + " does not exist.",
          ids);
    }
    String asked = spec.text("version");
    LaunchTemplateVersion version = asked == null ? t.defaultOne() : t.resolve(asked).orElse(null);
    if (version == null) {
      throw EksErrors.invalidParameter(
          "Launch template " + t.id() + " has no version " + asked + ".", ids);
    }
    return new Resolved(
        new LaunchTemplateRef(t.id(), t.name(), String.valueOf(version.number())), version);
  }
}
