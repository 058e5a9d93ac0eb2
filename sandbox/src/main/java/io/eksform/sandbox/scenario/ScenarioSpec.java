package io.eksform.sandbox.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** A scenario file as written (YAML); absent lists and maps read as null and mean empty. */
record ScenarioSpec(
    String account,
    String region,
    List<VpcSpec> vpcs,
    List<SecurityGroupSpec> securityGroups,
    List<ClusterSpec> clusters,
    List<RoleSpec> roles,
    List<PolicySpec> policies,
    List<OidcSpec> oidcProviders,
    List<LaunchTemplateSpec> launchTemplates) {

  /**
   * A VPC with its subnets; public subnets share one route table to the internet gateway, each
   * private one has its own route table to the NAT gateway.
   */
  record VpcSpec(
      String id,
      String region,
      String cidr,
      Map<String, String> tags,
      String internetGateway,
      Map<String, String> internetGatewayTags,
      Map<String, String> publicRouteTableTags,
      List<SubnetSpec> subnets,
      List<NatSpec> natGateways) {}

  /**
   * A subnet; {@code public} decides its route table, {@code routeTableTags} tag a private one's.
   */
  record SubnetSpec(
      String id,
      String cidr,
      String zone,
      @JsonProperty("public") Boolean isPublic,
      Boolean mapPublicIpOnLaunch,
      Map<String, String> tags,
      Map<String, String> routeTableTags) {}

  /** A NAT gateway in one (public) subnet. */
  record NatSpec(String id, String subnet, Map<String, String> tags) {}

  /** An EC2 security group of a VPC (clusters name theirs by id). */
  record SecurityGroupSpec(
      String id,
      String region,
      String vpc,
      String name,
      String description,
      Map<String, String> tags) {}

  /**
   * An EKS cluster; subnets default to every subnet of its VPC. {@code clusterSecurityGroup} is the
   * id of the security group EKS creates for it (derived from the name when absent).
   */
  record ClusterSpec(
      String name,
      String region,
      String version,
      String status,
      String vpc,
      List<String> subnets,
      List<String> securityGroups,
      String clusterSecurityGroup,
      String roleArn,
      String oidcId,
      List<String> logging,
      Map<String, String> tags,
      List<FargateProfileSpec> fargateProfiles,
      List<NodegroupSpec> nodegroups,
      List<AddonSpec> addons,
      KubernetesSpec kubernetes) {

    /** A copy holding these Fargate profiles, node groups, add-ons and Kubernetes objects. */
    ClusterSpec withContents(
        List<FargateProfileSpec> profiles,
        List<NodegroupSpec> groups,
        List<AddonSpec> addonList,
        KubernetesSpec objects) {
      return new ClusterSpec(
          name,
          region,
          version,
          status,
          vpc,
          subnets,
          securityGroups,
          clusterSecurityGroup,
          roleArn,
          oidcId,
          logging,
          tags,
          profiles,
          groups,
          addonList,
          objects);
    }
  }

  /** A Fargate profile; subnets default to the cluster's private ones. */
  record FargateProfileSpec(
      String name,
      String podExecutionRoleArn,
      List<String> subnets,
      List<SelectorSpec> selectors,
      Map<String, String> tags,
      String status) {}

  /** A Fargate profile selector. */
  record SelectorSpec(String namespace, Map<String, String> labels) {}

  /**
   * A managed node group; its version defaults to the cluster's and its release to the sandbox's
   * release of that version.
   */
  record NodegroupSpec(
      String name,
      String nodeRole,
      List<String> subnets,
      List<String> instanceTypes,
      String amiType,
      String capacityType,
      Integer diskSize,
      ScalingSpec scaling,
      Map<String, String> labels,
      List<TaintSpec> taints,
      Map<String, String> tags,
      String version,
      String releaseVersion,
      LaunchTemplateRefSpec launchTemplate,
      String status) {}

  /** A node group's scaling. */
  record ScalingSpec(Integer minSize, Integer maxSize, Integer desiredSize) {}

  /** A node group taint, effect in the EKS API's spelling ({@code NO_SCHEDULE}, ...). */
  record TaintSpec(String key, String value, String effect) {}

  /** The launch template of a node group: by id or name, version defaulting to the default. */
  record LaunchTemplateRefSpec(String id, String name, String version) {}

  /** An EKS add-on. */
  record AddonSpec(
      String name,
      String version,
      String serviceAccountRoleArn,
      String configurationValues,
      Map<String, String> tags,
      String status) {}

  /** The Kubernetes objects a cluster holds beyond the ones every EKS cluster starts with. */
  record KubernetesSpec(List<NamespaceSpec> namespaces, List<ServiceAccountSpec> serviceAccounts) {}

  /** A Kubernetes namespace. */
  record NamespaceSpec(String name, Map<String, String> labels) {}

  /** A Kubernetes service account. */
  record ServiceAccountSpec(
      String namespace, String name, Map<String, String> labels, Map<String, String> annotations) {}

  /**
   * An EC2 launch template; versions are numbered from 1 in the order written and the default is
   * version 1 unless {@code defaultVersion} says otherwise.
   */
  record LaunchTemplateSpec(
      String id,
      String name,
      String region,
      Map<String, String> tags,
      Long defaultVersion,
      List<LaunchTemplateVersionSpec> versions) {}

  /** One launch template version; {@code data} is written as the AWS CLI writes it. */
  record LaunchTemplateVersionSpec(String description, Object data) {}

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
  record OidcSpec(
      String url, List<String> clientIds, List<String> thumbprints, Map<String, String> tags) {}
}
