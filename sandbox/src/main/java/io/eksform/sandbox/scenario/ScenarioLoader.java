package io.eksform.sandbox.scenario;

import static io.eksform.sandbox.scenario.Specs.list;

import io.eksform.sandbox.state.Account;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Builds an account from a scenario: a built-in name ({@link #BUILT_IN}) or a YAML scenario file.
 * Every account also holds the AWS managed policies EKS setups attach.
 */
public final class ScenarioLoader {
  /** The built-in scenario names. */
  public static final List<String> BUILT_IN = BuiltInScenarios.NAMES;

  private static final String DEFAULT_ACCOUNT = "123456789012";
  private static final String DEFAULT_REGION = "us-west-2";

  /** Created on first use: built-in scenarios never need it, and it is slow to start. */
  private static final class Yaml {
    static final YAMLMapper MAPPER =
        YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  }

  private ScenarioLoader() {}

  /** Loads a built-in scenario by name, or a scenario file by path. */
  public static Scenario load(String nameOrPath, long now) {
    ScenarioSpec spec;
    if (nameOrPath.equals("empty")) {
      // An account with nothing made in it still has AWS's default VPC.
      Scenario scenario = build(BuiltInScenarios.byName(nameOrPath), now);
      DefaultVpcSeeder.seed(scenario.account(), scenario.account().scenarioRegion());
      return scenario;
    }
    if (BUILT_IN.contains(nameOrPath)) {
      spec = BuiltInScenarios.byName(nameOrPath);
    } else {
      Path file = Path.of(nameOrPath);
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException(
            "unknown scenario '"
                + nameOrPath
                + "': use one of "
                + BUILT_IN
                + " or the path of a YAML scenario file");
      }
      try (InputStream in = Files.newInputStream(file)) {
        spec = parse(in, file.toString());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the scenario file " + file, e);
      }
      try {
        return build(spec, now);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "the scenario " + file + " is not valid: " + e.getMessage(), e);
      }
    }
    return build(spec, now);
  }

  private static ScenarioSpec parse(InputStream in, String where) {
    try {
      ScenarioSpec spec = Yaml.MAPPER.readValue(in, ScenarioSpec.class);
      return spec == null
          ? new ScenarioSpec(null, null, null, null, null, null, null, null, null)
          : spec;
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "the scenario " + where + " is not valid: " + e.getOriginalMessage(), e);
    }
  }

  /** Seeds in dependency order: clusters refer to the network, roles and launch templates. */
  static Scenario build(ScenarioSpec spec, long now) {
    Account account = new Account(spec.account() == null ? DEFAULT_ACCOUNT : spec.account());
    String region = spec.region() == null ? DEFAULT_REGION : spec.region();
    ManagedPolicies.seed(account, now);
    for (ScenarioSpec.VpcSpec vpc : list(spec.vpcs())) {
      NetworkSeeder.vpc(account, vpc, region, now);
    }
    for (ScenarioSpec.SecurityGroupSpec sg : list(spec.securityGroups())) {
      NetworkSeeder.securityGroup(account, sg, region);
    }
    for (ScenarioSpec.PolicySpec p : list(spec.policies())) {
      IamSeeder.policy(account, p, now);
    }
    for (ScenarioSpec.RoleSpec r : list(spec.roles())) {
      IamSeeder.role(account, r, now);
    }
    for (ScenarioSpec.OidcSpec o : list(spec.oidcProviders())) {
      IamSeeder.oidcProvider(account, o, now);
    }
    for (ScenarioSpec.LaunchTemplateSpec t : list(spec.launchTemplates())) {
      LaunchTemplateSeeder.launchTemplate(account, t, region, now);
    }
    EksSeeder eks = new EksSeeder(account, now);
    for (ScenarioSpec.ClusterSpec c : list(spec.clusters())) {
      eks.cluster(c, region);
    }
    account.scenarioRegion(
        list(spec.clusters()).stream()
            .map(c -> c.region() == null ? region : c.region())
            .findFirst()
            .orElse(region));
    return new Scenario(account, eks.kubernetes());
  }
}
