package io.eksform.sandbox.eks;

import io.eksform.sandbox.state.Addon;
import io.eksform.sandbox.state.Cluster;
import io.eksform.sandbox.state.ClusterSettings;
import io.eksform.sandbox.state.ClusterUpdate;
import io.eksform.sandbox.state.FargateProfile;
import io.eksform.sandbox.state.Nodegroup;
import io.eksform.sandbox.state.Phase;
import io.eksform.sandbox.state.Selector;
import io.eksform.sandbox.state.Taint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Renders stored EKS records in the shapes of the EKS API (timestamps as epoch seconds). */
final class EksJson {
  static final List<String> LOG_TYPES =
      List.of("api", "audit", "authenticator", "controllerManager", "scheduler");
  private static final String CA_DATA = loadCertificateAuthority();

  private final Function<Cluster, String> endpoints;

  EksJson(Function<Cluster, String> endpoints) {
    this.endpoints = endpoints;
  }

  private static String loadCertificateAuthority() {
    try (InputStream in = EksJson.class.getResourceAsStream("sandbox-ca.pem")) {
      return Base64.getEncoder().encodeToString(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BigDecimal epochSeconds(long millis) {
    return BigDecimal.valueOf(millis, 3);
  }

  static ObjectNode object() {
    return Body.JSON.createObjectNode();
  }

  static String write(ObjectNode node) {
    return Body.JSON.writeValueAsString(node);
  }

  static ObjectNode wrap(String name, ObjectNode inner) {
    ObjectNode out = object();
    out.set(name, inner);
    return out;
  }

  ObjectNode cluster(Cluster c) {
    ObjectNode o = object();
    o.put("name", c.name());
    o.put("arn", c.arn());
    o.put("createdAt", epochSeconds(c.createdAt()));
    o.put("version", c.version());
    boolean ready = c.phase() == Phase.ACTIVE || c.phase() == Phase.UPDATING;
    if (ready) {
      o.put("endpoint", endpoints.apply(c));
    }
    o.put("roleArn", c.roleArn());
    ObjectNode vpc = o.putObject("resourcesVpcConfig");
    strings(vpc.putArray("subnetIds"), c.subnetIds());
    strings(vpc.putArray("securityGroupIds"), c.securityGroupIds());
    vpc.put("clusterSecurityGroupId", c.clusterSecurityGroupId());
    vpc.put("vpcId", c.vpcId());
    vpc.put("endpointPublicAccess", c.endpointPublicAccess());
    vpc.put("endpointPrivateAccess", c.endpointPrivateAccess());
    strings(vpc.putArray("publicAccessCidrs"), c.publicAccessCidrs());
    ClusterSettings settings = c.settings();
    ObjectNode net = o.putObject("kubernetesNetworkConfig");
    net.put("serviceIpv4Cidr", c.serviceIpv4Cidr());
    if (settings.serviceIpv6Cidr() != null) {
      net.put("serviceIpv6Cidr", settings.serviceIpv6Cidr());
    }
    net.put("ipFamily", settings.ipFamily());
    net.putObject("elasticLoadBalancing").put("enabled", settings.elasticLoadBalancing());
    o.putObject("logging").set("clusterLogging", logging(c.enabledLogTypes()));
    o.putObject("identity")
        .putObject("oidc")
        .put("issuer", "https://oidc.eks." + c.region() + ".amazonaws.com/id/" + c.oidcId());
    o.put("status", c.phase().name());
    if (ready) {
      o.putObject("certificateAuthority").put("data", CA_DATA);
    }
    if (c.clientRequestToken() != null) {
      o.put("clientRequestToken", c.clientRequestToken());
    }
    o.put("platformVersion", c.platformVersion());
    tags(o, c.tags());
    o.putObject("health").putArray("issues");
    ObjectNode access = o.putObject("accessConfig");
    access.put("authenticationMode", c.authenticationMode());
    access.put(
        "bootstrapClusterCreatorAdminPermissions",
        settings.bootstrapClusterCreatorAdminPermissions());
    o.putObject("upgradePolicy").put("supportType", settings.supportType());
    if (settings.encryptionConfig() != null) {
      o.set("encryptionConfig", settings.encryptionConfig().deepCopy());
    }
    if (settings.zonalShift()) {
      o.putObject("zonalShiftConfig").put("enabled", true);
    }
    if (settings.remoteNetworkConfig() != null) {
      o.set("remoteNetworkConfig", settings.remoteNetworkConfig().deepCopy());
    }
    if (settings.computeConfig() != null) {
      o.set("computeConfig", settings.computeConfig().deepCopy());
    }
    if (settings.storageConfig() != null) {
      o.set("storageConfig", settings.storageConfig().deepCopy());
    }
    return o;
  }

  /** The normalized logging list: one entry for enabled types and one for disabled ones. */
  static ArrayNode logging(List<String> enabled) {
    ArrayNode list = Body.JSON.createArrayNode();
    List<String> on = new ArrayList<>();
    List<String> off = new ArrayList<>();
    for (String type : LOG_TYPES) {
      (enabled.contains(type) ? on : off).add(type);
    }
    if (!on.isEmpty()) {
      ObjectNode setup = list.addObject();
      strings(setup.putArray("types"), on);
      setup.put("enabled", true);
    }
    if (!off.isEmpty()) {
      ObjectNode setup = list.addObject();
      strings(setup.putArray("types"), off);
      setup.put("enabled", false);
    }
    return list;
  }

  ObjectNode fargateProfile(FargateProfile p) {
    ObjectNode o = object();
    o.put("fargateProfileName", p.name());
    o.put("fargateProfileArn", p.arn());
    o.put("clusterName", p.clusterName());
    o.put("createdAt", epochSeconds(p.createdAt()));
    o.put("podExecutionRoleArn", p.podExecutionRoleArn());
    strings(o.putArray("subnets"), p.subnets());
    ArrayNode selectors = o.putArray("selectors");
    for (Selector s : p.selectors()) {
      ObjectNode sel = selectors.addObject();
      sel.put("namespace", s.namespace());
      ObjectNode labels = sel.putObject("labels");
      s.labels().forEach(labels::put);
    }
    o.put("status", p.phase().name());
    tags(o, p.tags());
    o.putObject("health").putArray("issues");
    return o;
  }

  ObjectNode nodegroup(Nodegroup n) {
    ObjectNode o = object();
    o.put("nodegroupName", n.name());
    o.put("nodegroupArn", n.arn());
    o.put("clusterName", n.clusterName());
    o.put("version", n.version());
    o.put("releaseVersion", n.releaseVersion());
    o.put("createdAt", epochSeconds(n.createdAt()));
    o.put("modifiedAt", epochSeconds(n.modifiedAt()));
    o.put("status", n.phase().name());
    o.put("capacityType", n.capacityType());
    ObjectNode scaling = o.putObject("scalingConfig");
    scaling.put("minSize", n.minSize());
    scaling.put("maxSize", n.maxSize());
    scaling.put("desiredSize", n.desiredSize());
    if (!n.instanceTypes().isEmpty()) {
      // EKS leaves the member out when the node group's launch template names the type.
      strings(o.putArray("instanceTypes"), n.instanceTypes());
    }
    strings(o.putArray("subnets"), n.subnets());
    o.put("amiType", n.amiType());
    o.put("nodeRole", n.nodeRole());
    ObjectNode labels = o.putObject("labels");
    n.labels().forEach(labels::put);
    if (!n.taints().isEmpty()) {
      ArrayNode taints = o.putArray("taints");
      for (Taint t : n.taints()) {
        ObjectNode taint = taints.addObject();
        taint.put("key", t.key());
        if (t.value() != null) {
          taint.put("value", t.value());
        }
        taint.put("effect", t.effect());
      }
    }
    ObjectNode resources = o.putObject("resources");
    resources.putArray("autoScalingGroups").addObject().put("name", n.autoScalingGroup());
    if (n.diskSize() != null) {
      o.put("diskSize", n.diskSize());
    }
    if (n.launchTemplate() != null) {
      ObjectNode template = o.putObject("launchTemplate");
      template.put("name", n.launchTemplate().name());
      template.put("version", n.launchTemplate().version());
      template.put("id", n.launchTemplate().id());
    }
    o.putObject("health").putArray("issues");
    if (n.nodeRepairConfig() != null) {
      o.set("nodeRepairConfig", NodegroupRepairs.json(n.nodeRepairConfig()));
    }
    ObjectNode update = o.putObject("updateConfig");
    if (n.maxUnavailablePercentage() != null) {
      update.put("maxUnavailablePercentage", n.maxUnavailablePercentage());
    } else {
      update.put("maxUnavailable", n.maxUnavailable() == null ? 1 : n.maxUnavailable());
    }
    tags(o, n.tags());
    return o;
  }

  ObjectNode addon(Addon a) {
    ObjectNode o = object();
    o.put("addonName", a.name());
    o.put("clusterName", a.clusterName());
    o.put("status", a.phase().name());
    o.put("addonVersion", a.version());
    o.putObject("health").putArray("issues");
    o.put("addonArn", a.arn());
    o.put("createdAt", epochSeconds(a.createdAt()));
    o.put("modifiedAt", epochSeconds(a.modifiedAt()));
    if (a.serviceAccountRoleArn() != null) {
      o.put("serviceAccountRoleArn", a.serviceAccountRoleArn());
    }
    if (a.configurationValues() != null) {
      o.put("configurationValues", a.configurationValues());
    }
    if (a.namespace() != null) {
      o.putObject("namespaceConfig").put("namespace", a.namespace());
    }
    tags(o, a.tags());
    o.putArray("podIdentityAssociations");
    return o;
  }

  static ObjectNode update(ClusterUpdate u) {
    ObjectNode o = object();
    o.put("id", u.id());
    o.put("status", u.finished() ? "Successful" : "InProgress");
    o.put("type", u.type());
    ArrayNode params = o.putArray("params");
    for (ClusterUpdate.Param p : u.params()) {
      ObjectNode param = params.addObject();
      param.put("type", p.type());
      param.put("value", p.value());
    }
    o.put("createdAt", epochSeconds(u.createdAt()));
    o.putArray("errors");
    return o;
  }

  static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static void tags(ObjectNode o, Map<String, String> tags) {
    ObjectNode node = o.putObject("tags");
    tags.forEach(node::put);
  }
}
