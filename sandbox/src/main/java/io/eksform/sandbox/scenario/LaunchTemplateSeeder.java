package io.eksform.sandbox.scenario;

import static io.eksform.sandbox.scenario.Specs.list;
import static io.eksform.sandbox.scenario.Specs.map;

import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.Ids;
import io.eksform.sandbox.state.LaunchTemplate;
import io.eksform.sandbox.state.LaunchTemplateVersion;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Seeds EC2 launch templates with their versions, numbered from 1 in the order written. */
final class LaunchTemplateSeeder {
  private LaunchTemplateSeeder() {}

  static void launchTemplate(
      Account account, ScenarioSpec.LaunchTemplateSpec spec, String defaultRegion, long now) {
    String name = Specs.required(spec.name(), "the name of a launch template");
    String region = spec.region() == null ? defaultRegion : spec.region();
    String id = spec.id() == null ? Ids.derived("lt", region + "/" + name) : spec.id();
    String creator = "arn:aws:iam::" + account.id() + ":user/sandbox";
    List<LaunchTemplateVersion> versions = new ArrayList<>();
    for (ScenarioSpec.LaunchTemplateVersionSpec v : list(spec.versions())) {
      String where = "version " + (versions.size() + 1) + " of launch template " + name;
      JsonNode data = v.data() == null ? null : Specs.tree(v.data(), "the data of " + where);
      if (data != null && !data.isObject()) {
        throw new IllegalArgumentException("the data of " + where + " must be a mapping");
      }
      versions.add(
          new LaunchTemplateVersion(versions.size() + 1, v.description(), now, creator, data));
    }
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("launch template " + name + " needs at least one version");
    }
    long defaultVersion = spec.defaultVersion() == null ? 1 : spec.defaultVersion();
    if (defaultVersion < 1 || defaultVersion > versions.size()) {
      throw new IllegalArgumentException(
          "launch template "
              + name
              + " has no version "
              + defaultVersion
              + " to be its default (it has "
              + versions.size()
              + ")");
    }
    account
        .launchTemplates()
        .put(
            id,
            new LaunchTemplate(
                region, id, name, now, creator, defaultVersion, versions, map(spec.tags())));
  }
}
