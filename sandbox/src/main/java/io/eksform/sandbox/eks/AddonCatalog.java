package io.eksform.sandbox.eks;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The add-ons and versions the sandbox offers (DescribeAddonVersions) and their defaults. */
final class AddonCatalog {
  static final List<String> KUBERNETES_VERSIONS =
      List.of("1.28", "1.29", "1.30", "1.31", "1.32", "1.33", "1.34");

  /**
   * One add-on: name, type, owner and versions, newest first. The first version a Kubernetes
   * version can run is its default. A {@code perMinor} add-on (kube-proxy) ships one line per
   * Kubernetes minor: {@code v1.33.x} runs on 1.33 only; the others run on every version.
   */
  record Entry(String name, String type, String owner, boolean perMinor, List<String> versions) {

    /** Whether a version of this add-on runs on a Kubernetes version. */
    boolean runsOn(String addonVersion, String kubernetesVersion) {
      return !perMinor || addonVersion.startsWith("v" + kubernetesVersion + ".");
    }

    /** The version EKS installs when none is asked for; empty when none runs there. */
    Optional<String> defaultFor(String kubernetesVersion) {
      return versions.stream().filter(v -> runsOn(v, kubernetesVersion)).findFirst();
    }
  }

  static final List<Entry> ENTRIES =
      List.of(
          new Entry(
              "aws-ebs-csi-driver",
              "storage",
              "aws",
              false,
              List.of("v1.44.0-eksbuild.1", "v1.41.0-eksbuild.1", "v1.37.0-eksbuild.1")),
          new Entry(
              "coredns",
              "networking",
              "aws",
              false,
              List.of("v1.11.4-eksbuild.14", "v1.11.3-eksbuild.1")),
          new Entry(
              "eks-pod-identity-agent",
              "security",
              "aws",
              false,
              List.of("v1.3.7-eksbuild.2", "v1.3.4-eksbuild.1")),
          new Entry(
              "kube-proxy",
              "networking",
              "aws",
              true,
              List.of(
                  "v1.34.0-eksbuild.2",
                  "v1.33.3-eksbuild.4",
                  "v1.32.3-eksbuild.7",
                  "v1.31.3-eksbuild.2",
                  "v1.30.7-eksbuild.2",
                  "v1.29.13-eksbuild.3",
                  "v1.28.15-eksbuild.4")),
          new Entry(
              "metrics-server",
              "observability",
              "community",
              false,
              List.of("v0.8.0-eksbuild.1", "v0.7.2-eksbuild.4")),
          new Entry(
              "vpc-cni",
              "networking",
              "aws",
              false,
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
    for (String version : e.versions()) {
      List<String> runsOn =
          KUBERNETES_VERSIONS.stream()
              .filter(k -> kubernetesVersion == null || kubernetesVersion.equals(k))
              .filter(k -> e.runsOn(version, k))
              .toList();
      if (kubernetesVersion != null && runsOn.isEmpty()) {
        continue;
      }
      ObjectNode v = versions.addObject();
      v.put("addonVersion", version);
      v.putArray("architecture").add("amd64").add("arm64");
      ArrayNode compat = v.putArray("compatibilities");
      for (String k : runsOn) {
        ObjectNode c = compat.addObject();
        c.put("clusterVersion", k);
        c.putArray("platformVersions").add("*");
        c.put("defaultVersion", e.defaultFor(k).map(version::equals).orElse(false));
      }
      v.put("requiresConfiguration", false);
      v.put("requiresIamPermissions", e.name().equals("aws-ebs-csi-driver"));
    }
    o.put("publisher", "eks");
    o.put("owner", e.owner());
    return o;
  }
}
