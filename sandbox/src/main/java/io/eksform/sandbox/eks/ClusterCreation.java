package io.eksform.sandbox.eks;

import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.ClusterSettings;
import io.eksform.sandbox.state.Role;
import io.eksform.sandbox.state.SecurityGroup;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * CreateCluster's checks that need the rest of the account (the service role, the security groups)
 * and the settings it keeps, with EKS's errors.
 */
final class ClusterCreation {
  private ClusterCreation() {}

  /**
   * The cluster's service role must exist in this account and trust {@code eks.amazonaws.com}; EKS
   * says the same thing for either failure.
   */
  static void checkRole(Account account, String roleArn, String cluster) {
    Role role = null;
    String prefix = "arn:aws:iam::" + account.id() + ":role/";
    if (roleArn.startsWith(prefix)) {
      String name = roleArn.substring(roleArn.lastIndexOf('/') + 1);
      role = account.roles().get(name.toLowerCase(Locale.ROOT));
    }
    if (role == null || !role.arn().equals(roleArn) || !trustsEks(role)) {
      throw EksErrors.invalidParameter(
          "Role with arn: "
              + roleArn
              + ", could not be assumed because it does not exist or the trusted entity is not"
              + " correct",
          "clusterName",
          cluster);
    }
  }

  private static boolean trustsEks(Role role) {
    JsonNode document;
    try {
      document = Body.JSON.readTree(role.assumeRolePolicyDocument());
    } catch (JacksonException e) {
      return false;
    }
    JsonNode statements = document.path("Statement");
    for (JsonNode statement : statements.isArray() ? statements : List.of(statements)) {
      boolean allows = "Allow".equals(statement.path("Effect").asString(""));
      boolean assumes = contains(statement.get("Action"), "sts:AssumeRole", "sts:*", "*");
      boolean eks = contains(statement.path("Principal").get("Service"), "eks.amazonaws.com");
      if (allows && assumes && eks) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(JsonNode node, String... wanted) {
    if (node == null) {
      return false;
    }
    for (JsonNode item : node.isArray() ? node : List.of(node)) {
      for (String w : wanted) {
        if (w.equals(item.asString(""))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Every security group the request names exists, in the cluster's VPC. */
  static void checkSecurityGroups(
      Account account, String region, String vpcId, List<String> ids, String cluster) {
    for (String id : ids) {
      SecurityGroup g = account.securityGroups().get(id);
      if (g == null || !g.region().equals(region)) {
        throw EksErrors.invalidParameter(
            "The security group '" + id + "' does not exist", "clusterName", cluster);
      }
      if (!g.vpcId().equals(vpcId)) {
        throw EksErrors.invalidParameter(
            "Security group " + id + " is not in the VPC " + vpcId + " of the subnets",
            "clusterName",
            cluster);
      }
    }
  }

  /** The settings of a CreateCluster body, checked as EKS checks them. */
  static ClusterSettings settings(Body body, String mode, String cluster, String creatorArn) {
    JsonNode encryption = body.node().get("encryptionConfig");
    if (encryption != null && !encryption.isNull()) {
      checkEncryption(encryption, cluster);
    } else {
      encryption = null;
    }
    Body network = body.object("kubernetesNetworkConfig");
    String ipFamily = network.text("ipFamily");
    if (ipFamily != null && !ipFamily.equals("ipv4") && !ipFamily.equals("ipv6")) {
      throw EksErrors.invalidParameter(
          "IpFamily " + ipFamily + " is not supported: use ipv4 or ipv6", "clusterName", cluster);
    }
    boolean loadBalancing =
        Boolean.TRUE.equals(network.object("elasticLoadBalancing").bool("enabled"));
    Body access = body.object("accessConfig");
    Boolean bootstrapAdmin = access.bool("bootstrapClusterCreatorAdminPermissions");
    if ("CONFIG_MAP".equals(mode) && Boolean.FALSE.equals(bootstrapAdmin)) {
      throw EksErrors.invalidParameter(
          "bootstrapClusterCreatorAdminPermissions must be true if cluster authentication mode is"
              + " set to CONFIG_MAP",
          "clusterName",
          cluster);
    }
    Boolean selfManaged = body.bool("bootstrapSelfManagedAddons");
    String supportType = body.object("upgradePolicy").text("supportType");
    if (supportType != null && !supportType.equals("STANDARD") && !supportType.equals("EXTENDED")) {
      throw EksErrors.invalidParameter(
          "Unsupported support type " + supportType, "clusterName", cluster);
    }
    JsonNode compute = present(body.node().get("computeConfig"));
    JsonNode storage = present(body.node().get("storageConfig"));
    boolean computeOn = compute != null && compute.path("enabled").asBoolean(false);
    boolean storageOn =
        storage != null && storage.path("blockStorage").path("enabled").asBoolean(false);
    if ((computeOn || storageOn || loadBalancing) && !(computeOn && storageOn && loadBalancing)) {
      throw EksErrors.invalidParameter(
          "For EKS Auto Mode, computeConfig.enabled, storageConfig.blockStorage.enabled and"
              + " kubernetesNetworkConfig.elasticLoadBalancing.enabled must be all true or all"
              + " false",
          "clusterName",
          cluster);
    }
    if (computeOn && Boolean.TRUE.equals(selfManaged)) {
      throw EksErrors.invalidParameter(
          "bootstrapSelfManagedAddons must be false for a cluster with EKS Auto Mode",
          "clusterName",
          cluster);
    }
    return new ClusterSettings(
        encryption,
        ipFamily,
        "ipv6".equals(ipFamily)
            ? "fd" + hex4(cluster) + ":" + hex4(cluster + "/") + "::/108"
            : null,
        loadBalancing,
        bootstrapAdmin == null || bootstrapAdmin,
        selfManaged == null ? !computeOn : selfManaged,
        supportType,
        Boolean.TRUE.equals(body.object("zonalShiftConfig").bool("enabled")),
        present(body.node().get("remoteNetworkConfig")),
        compute,
        storage,
        creatorArn);
  }

  private static String hex4(String seed) {
    return String.format(Locale.ROOT, "%04x", seed.hashCode() & 0xffff);
  }

  private static JsonNode present(JsonNode node) {
    return node == null || node.isNull() ? null : node;
  }

  private static void checkEncryption(JsonNode encryption, String cluster) {
    if (!encryption.isArray() || encryption.size() > 1) {
      throw EksErrors.invalidParameter(
          "At most one encryption configuration can be given", "clusterName", cluster);
    }
    for (JsonNode config : encryption) {
      JsonNode resources = config.path("resources");
      if (!resources.isArray()
          || resources.size() != 1
          || !"secrets".equals(resources.get(0).asString(""))) {
        throw EksErrors.invalidParameter(
            "Encryption resources must be [\"secrets\"]", "clusterName", cluster);
      }
      String key = config.path("provider").path("keyArn").asString("");
      if (!key.startsWith("arn:aws:kms:")) {
        throw EksErrors.invalidParameter(
            "The encryption provider needs the ARN of a KMS key, not '" + key + "'",
            "clusterName",
            cluster);
      }
    }
  }
}
