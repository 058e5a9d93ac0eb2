package io.eksform.sandbox.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** A scenario file as written (YAML); absent lists and maps read as null and mean empty. */
record ScenarioSpec(
    String account,
    String region,
    List<VpcSpec> vpcs,
    List<ClusterSpec> clusters,
    List<RoleSpec> roles,
    List<PolicySpec> policies,
    List<OidcSpec> oidcProviders) {

  /** A VPC with its subnets; public subnets route to the internet gateway, private ones to NAT. */
  record VpcSpec(
      String id,
      String region,
      String cidr,
      Map<String, String> tags,
      String internetGateway,
      List<SubnetSpec> subnets,
      List<NatSpec> natGateways) {}

  /** A subnet; {@code public} decides its route table. */
  record SubnetSpec(
      String id,
      String cidr,
      String zone,
      @JsonProperty("public") Boolean isPublic,
      Boolean mapPublicIpOnLaunch,
      Map<String, String> tags) {}

  /** A NAT gateway in one (public) subnet. */
  record NatSpec(String id, String subnet) {}

  /** An EKS cluster; subnets default to every subnet of its VPC. */
  record ClusterSpec(
      String name,
      String region,
      String version,
      String status,
      String vpc,
      List<String> subnets,
      List<String> securityGroups,
      String roleArn,
      String oidcId,
      List<String> logging,
      Map<String, String> tags) {}

  /** An IAM role; policy documents may be written as YAML or as JSON strings. */
  record RoleSpec(
      String name,
      String path,
      String description,
      Object trustPolicy,
      List<String> policies,
      Map<String, Object> inlinePolicies,
      Map<String, String> tags) {}

  /** A customer managed IAM policy. */
  record PolicySpec(String name, String path, String description, Object document) {}

  /** An IAM OIDC provider. */
  record OidcSpec(String url, List<String> clientIds, List<String> thumbprints) {}
}
