package io.eksform.sandbox.eks;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The add-ons and versions the sandbox offers (DescribeAddonVersions) and their defaults. */
final class AddonCatalog {
  static final List<String> KUBERNETES_VERSIONS =
      List.of("1.28", "1.29", "1.30", "1.31", "1.32", "1.33");

  /** One add-on: name, type, publisher and versions, newest first (the first is the default). */
  record Entry(String name, String type, List<String> versions) {}

  static final List<Entry> ENTRIES =
      List.of(
          new Entry(
              "aws-ebs-csi-driver",
              "storage",
              List.of("v1.44.0-eksbuild.1", "v1.41.0-eksbuild.1", "v1.37.0-eksbuild.1")),
          new Entry("coredns", "networking", List.of("v1.11.4-eksbuild.14", "v1.11.3-eksbuild.1")),
          new Entry(
              "eks-pod-identity-agent",
              "security",
              List.of("v1.3.7-eksbuild.2", "v1.3.4-eksbuild.1")),
          new Entry(
              "kube-proxy",
              "networking",
              List.of("v1.32.3-eksbuild.7", "v1.31.3-eksbuild.2", "v1.30.7-eksbuild.2")),
          new Entry(
              "vpc-cni",
              "networking",
              List.of("v1.19.5-eksbuild.1", "v1.19.2-eksbuild.1", "v1.18.6-eksbuild.1")));

  private AddonCatalog() {}

  static Optional<Entry> find(String name) {
    return ENTRIES.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  /** The DescribeAddonVersions entry for one add-on, limited to a Kubernetes version if given. */
  static ObjectNode describe(Entry e, String kubernetesVersion) {
    ObjectNode o = EksJson.object();
    o.put("addonName", e.name());
    o.put("type", e.type());
    ArrayNode versions = o.putArray("addonVersions");
    for (int i = 0; i < e.versions().size(); i++) {
      ObjectNode v = versions.addObject();
      v.put("addonVersion", e.versions().get(i));
      v.putArray("architecture").add("amd64").add("arm64");
      ArrayNode compat = v.putArray("compatibilities");
      for (String k : KUBERNETES_VERSIONS) {
        if (kubernetesVersion != null && !kubernetesVersion.equals(k)) {
          continue;
        }
        ObjectNode c = compat.addObject();
        c.put("clusterVersion", k);
        c.putArray("platformVersions").add("*");
        c.put("defaultVersion", i == 0);
      }
      v.put("requiresConfiguration", false);
      v.put("requiresIamPermissions", e.name().equals("aws-ebs-csi-driver"));
    }
    o.put("publisher", "eks");
    o.put("owner", "aws");
    return o;
  }
}
