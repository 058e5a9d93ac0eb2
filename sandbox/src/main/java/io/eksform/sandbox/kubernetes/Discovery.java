package io.eksform.sandbox.kubernetes;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The discovery documents clients read before their first call: version, groups, resources. */
final class Discovery {
  private Discovery() {}

  /** {@code /version} for a cluster running Kubernetes {@code version} (major.minor). */
  static ObjectNode version(String version) {
    String[] parts = version.split("\\.", 2);
    String minor = parts.length > 1 ? parts[1] : "0";
    ObjectNode json = Json.object();
    json.put("major", parts[0]);
    json.put("minor", minor + "+");
    json.put("gitVersion", "v" + parts[0] + "." + minor + ".0-eks-sandbox");
    json.put("gitCommit", "0000000000000000000000000000000000000000");
    json.put("gitTreeState", "clean");
    json.put("buildDate", "2026-01-01T00:00:00Z");
    json.put("goVersion", "go1.23.0");
    json.put("compiler", "gc");
    json.put("platform", "linux/amd64");
    return json;
  }

  /** {@code /}: the paths this server answers. */
  static ObjectNode rootPaths() {
    ObjectNode json = Json.object();
    ArrayNode paths = json.putArray("paths");
    for (String path :
        new String[] {"/api", "/api/v1", "/apis", "/healthz", "/livez", "/readyz", "/version"}) {
      paths.add(path);
    }
    return json;
  }

  /** {@code /api}: the legacy core group's versions. */
  static ObjectNode apiVersions(String serverAddress) {
    ObjectNode json = Json.object();
    json.put("kind", "APIVersions");
    json.putArray("versions").add("v1");
    ObjectNode address = json.putArray("serverAddressByClientCIDRs").addObject();
    address.put("clientCIDR", "0.0.0.0/0");
    address.put("serverAddress", serverAddress);
    return json;
  }

  /** {@code /apis}: no named groups are served. */
  static ObjectNode apiGroups() {
    ObjectNode json = Json.object();
    json.put("kind", "APIGroupList");
    json.put("apiVersion", "v1");
    json.putArray("groups");
    return json;
  }

  /** {@code /api/v1}: the served resources with their verbs and short names. */
  static ObjectNode coreResources() {
    ObjectNode json = Json.object();
    json.put("kind", "APIResourceList");
    json.put("groupVersion", "v1");
    ArrayNode resources = json.putArray("resources");
    resource(resources, Kind.NAMESPACE, "namespace", "ns");
    resource(resources, Kind.POD, "pod", "po");
    resource(resources, Kind.SERVICE_ACCOUNT, "serviceaccount", "sa");
    return json;
  }

  private static void resource(ArrayNode resources, Kind kind, String singular, String shortName) {
    ObjectNode entry = resources.addObject();
    entry.put("name", kind.resource());
    entry.put("singularName", singular);
    entry.put("namespaced", kind.namespaced());
    entry.put("kind", kind.kindName());
    ArrayNode verbs = entry.putArray("verbs");
    for (String verb :
        new String[] {"create", "delete", "get", "list", "patch", "update", "watch"}) {
      verbs.add(verb);
    }
    if (kind.namespaced()) {
      verbs.add("deletecollection");
    }
    entry.putArray("shortNames").add(shortName);
  }
}
