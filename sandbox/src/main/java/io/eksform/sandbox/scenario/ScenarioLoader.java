package io.eksform.sandbox.scenario;

import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.Cluster;
import io.eksform.sandbox.state.Ids;
import io.eksform.sandbox.state.InternetGateway;
import io.eksform.sandbox.state.ManagedPolicy;
import io.eksform.sandbox.state.NatGateway;
import io.eksform.sandbox.state.Network;
import io.eksform.sandbox.state.OidcProvider;
import io.eksform.sandbox.state.Phase;
import io.eksform.sandbox.state.Role;
import io.eksform.sandbox.state.Route;
import io.eksform.sandbox.state.RouteTable;
import io.eksform.sandbox.state.SecurityGroup;
import io.eksform.sandbox.state.Subnet;
import io.eksform.sandbox.state.Vpc;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Builds an account from a scenario: a built-in name ({@code empty}, {@code eksworkshop}) or a YAML
 * scenario file. Every account also holds the AWS managed policies EKS setups attach.
 */
public final class ScenarioLoader {
  /** The built-in scenario names. */
  public static final List<String> BUILT_IN = List.of("empty", "eksworkshop");

  private static final String DEFAULT_ACCOUNT = "123456789012";
  private static final String DEFAULT_REGION = "us-west-2";

  /** Created on first use: built-in scenarios never need it, and it is slow to start. */
  private static final class Yaml {
    static final YAMLMapper MAPPER =
        YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    static final JsonMapper JSON = JsonMapper.builder().build();
  }

  private ScenarioLoader() {}

  /** Loads a built-in scenario by name, or a scenario file by path. */
  public static Account load(String nameOrPath, long now) {
    ScenarioSpec spec;
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
    }
    return build(spec, now);
  }

  private static ScenarioSpec parse(InputStream in, String where) {
    try {
      ScenarioSpec spec = Yaml.MAPPER.readValue(in, ScenarioSpec.class);
      return spec == null ? new ScenarioSpec(null, null, null, null, null, null, null) : spec;
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "the scenario " + where + " is not valid: " + e.getOriginalMessage(), e);
    }
  }

  static Account build(ScenarioSpec spec, long now) {
    Account account = new Account(spec.account() == null ? DEFAULT_ACCOUNT : spec.account());
    String region = spec.region() == null ? DEFAULT_REGION : spec.region();
    ManagedPolicies.seed(account, now);
    for (ScenarioSpec.VpcSpec vpc : list(spec.vpcs())) {
      network(account, vpc, region, now);
    }
    for (ScenarioSpec.PolicySpec p : list(spec.policies())) {
      String path = p.path() == null ? "/" : p.path();
      String arn = "arn:aws:iam::" + account.id() + ":policy" + path + p.name();
      account
          .policies()
          .put(
              arn,
              new ManagedPolicy(
                  p.name(),
                  Ids.derivedIam("ANPA", arn),
                  path,
                  arn,
                  json(p.document()),
                  p.description(),
                  Map.of(),
                  now));
    }
    for (ScenarioSpec.RoleSpec r : list(spec.roles())) {
      String path = r.path() == null ? "/" : r.path();
      Map<String, String> inline = new LinkedHashMap<>();
      map(r.inlinePolicies()).forEach((k, v) -> inline.put(k, json(v)));
      account
          .roles()
          .put(
              r.name().toLowerCase(Locale.ROOT),
              new Role(
                  r.name(),
                  Ids.derivedIam("AROA", r.name()),
                  path,
                  "arn:aws:iam::" + account.id() + ":role" + path + r.name(),
                  json(r.trustPolicy()),
                  r.description(),
                  3600,
                  list(r.policies()),
                  inline,
                  map(r.tags()),
                  now));
    }
    for (ScenarioSpec.OidcSpec o : list(spec.oidcProviders())) {
      String url = o.url().replaceFirst("^https://", "");
      String arn = "arn:aws:iam::" + account.id() + ":oidc-provider/" + url;
      account
          .oidcProviders()
          .put(
              arn,
              new OidcProvider(
                  arn,
                  url,
                  list(o.clientIds()),
                  o.thumbprints() == null
                      ? List.of("9e99a48a9960b14926bb7f3b02e22da2b0ab7280")
                      : o.thumbprints(),
                  Map.of(),
                  now));
    }
    for (ScenarioSpec.ClusterSpec c : list(spec.clusters())) {
      cluster(account, c, region, now);
    }
    account.scenarioRegion(
        list(spec.clusters()).stream()
            .map(c -> c.region() == null ? region : c.region())
            .findFirst()
            .orElse(region));
    return account;
  }

  private static void network(
      Account account, ScenarioSpec.VpcSpec spec, String defaultRegion, long now) {
    String region = spec.region() == null ? defaultRegion : spec.region();
    String vpcId = spec.id() == null ? Ids.derived("vpc", spec.cidr()) : spec.id();
    account.vpcs().put(vpcId, new Vpc(region, vpcId, spec.cidr(), false, map(spec.tags())));
    Route local = new Route(spec.cidr(), "local", null, "CreateRouteTable");
    String mainId = Ids.derived("rtb", vpcId + "/main");
    account
        .routeTables()
        .put(
            mainId,
            new RouteTable(
                region,
                mainId,
                vpcId,
                List.of(local),
                List.of(
                    new RouteTable.Association(
                        Ids.derived("rtbassoc", vpcId + "/main"), null, true)),
                Map.of()));
    String igw = spec.internetGateway();
    if (igw != null) {
      account.internetGateways().put(igw, new InternetGateway(region, igw, vpcId, Map.of()));
    }
    List<ScenarioSpec.SubnetSpec> subnets = list(spec.subnets());
    List<String> ids = new ArrayList<>();
    for (ScenarioSpec.SubnetSpec s : subnets) {
      String id = s.id() == null ? Ids.derived("subnet", vpcId + "/" + s.cidr()) : s.id();
      ids.add(id);
      boolean mapPublic =
          s.mapPublicIpOnLaunch() == null
              ? Boolean.TRUE.equals(s.isPublic())
              : s.mapPublicIpOnLaunch();
      String zone = s.zone() == null ? region + "a" : s.zone();
      account
          .subnets()
          .put(
              id,
              new Subnet(
                  region,
                  id,
                  vpcId,
                  s.cidr(),
                  zone,
                  Network.zoneId(zone),
                  mapPublic,
                  Network.availableAddresses(s.cidr()),
                  map(s.tags())));
    }
    String nat = null;
    for (ScenarioSpec.NatSpec n : list(spec.natGateways())) {
      nat = n.id();
      account
          .natGateways()
          .put(
              n.id(),
              new NatGateway(region, n.id(), vpcId, n.subnet(), "203.0.113.10", now, Map.of()));
    }
    List<RouteTable.Association> publicAssociations = new ArrayList<>();
    for (int i = 0; i < subnets.size(); i++) {
      ScenarioSpec.SubnetSpec s = subnets.get(i);
      String id = ids.get(i);
      if (Boolean.TRUE.equals(s.isPublic())) {
        publicAssociations.add(new RouteTable.Association(Ids.derived("rtbassoc", id), id, false));
      } else {
        List<Route> routes = new ArrayList<>(List.of(local));
        if (nat != null) {
          routes.add(new Route("0.0.0.0/0", null, nat, "CreateRoute"));
        }
        String rtb = Ids.derived("rtb", id);
        account
            .routeTables()
            .put(
                rtb,
                new RouteTable(
                    region,
                    rtb,
                    vpcId,
                    routes,
                    List.of(new RouteTable.Association(Ids.derived("rtbassoc", id), id, false)),
                    Map.of("Name", "private-" + (s.zone() == null ? id : s.zone()))));
      }
    }
    if (!publicAssociations.isEmpty()) {
      if (igw == null) {
        throw new IllegalArgumentException(
            "VPC " + vpcId + " has public subnets but no internetGateway in the scenario");
      }
      String rtb = Ids.derived("rtb", vpcId + "/public");
      account
          .routeTables()
          .put(
              rtb,
              new RouteTable(
                  region,
                  rtb,
                  vpcId,
                  List.of(local, new Route("0.0.0.0/0", igw, null, "CreateRoute")),
                  publicAssociations,
                  Map.of("Name", "public")));
    }
  }

  private static void cluster(
      Account account, ScenarioSpec.ClusterSpec c, String defaultRegion, long now) {
    String region = c.region() == null ? defaultRegion : c.region();
    List<String> subnets = list(c.subnets());
    if (subnets.isEmpty()) {
      subnets =
          account.subnets().values().stream()
              .filter(s -> s.vpcId().equals(c.vpc()))
              .map(Subnet::id)
              .toList();
    }
    String roleArn =
        c.roleArn() == null
            ? "arn:aws:iam::" + account.id() + ":role/" + c.name() + "-cluster-ServiceRole"
            : c.roleArn();
    String clusterGroup = Ids.derived("sg", region + "/" + c.name());
    account
        .securityGroups()
        .put(
            clusterGroup,
            new SecurityGroup(
                region,
                clusterGroup,
                c.vpc(),
                "eks-cluster-sg-" + c.name(),
                "EKS created security group",
                Map.of("aws:eks:cluster-name", c.name())));
    for (String sg : list(c.securityGroups())) {
      account
          .securityGroups()
          .putIfAbsent(
              sg,
              new SecurityGroup(
                  region,
                  sg,
                  c.vpc(),
                  c.name() + "-" + sg,
                  "Security group of " + c.name(),
                  Map.of()));
    }
    Cluster cluster =
        new Cluster(
            region,
            c.name(),
            "arn:aws:eks:" + region + ":" + account.id() + ":cluster/" + c.name(),
            c.version() == null ? "1.32" : c.version(),
            roleArn,
            c.vpc(),
            subnets,
            list(c.securityGroups()),
            clusterGroup,
            true,
            false,
            List.of("0.0.0.0/0"),
            "10.100.0.0/16",
            list(c.logging()),
            c.oidcId() == null
                ? java.util
                    .UUID
                    .nameUUIDFromBytes(
                        (region + "/" + c.name()).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .toString()
                    .replace("-", "")
                    .toUpperCase(Locale.ROOT)
                : c.oidcId(),
            "eks.1",
            "API_AND_CONFIG_MAP",
            map(c.tags()),
            null,
            Phase.valueOf(c.status() == null ? "ACTIVE" : c.status()),
            now,
            now);
    account.clusters().put(cluster.key(), cluster);
  }

  /** A policy document as JSON text: a string as written, or YAML structure converted. */
  private static String json(Object document) {
    if (document == null) {
      return "{}";
    }
    if (document instanceof String text) {
      return text;
    }
    return Yaml.JSON.writeValueAsString(document);
  }

  private static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : values;
  }

  private static <V> Map<String, V> map(Map<String, V> values) {
    return values == null ? Map.of() : values;
  }
}
