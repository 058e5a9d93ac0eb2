package io.eksform.engine.plan;

/**
 * Names one managed object in a plan: a type such as {@code fargate_profile} and, for types with
 * many instances, a name such as {@code fargate-productcatalog}. Printed as {@code
 * fargate_profile.fargate-productcatalog}, or just {@code oidc_provider}.
 */
public record ResourceAddress(String type, String name) implements Comparable<ResourceAddress> {
  /** The network eksform makes for a cluster the config gives no VPC: eksctl's default layout. */
  public static final String VPC = "vpc";

  /** A subnet of that network, named {@code public-<zone>} or {@code private-<zone>}. */
  public static final String SUBNET = "subnet";

  public static final String INTERNET_GATEWAY = "internet_gateway";
  public static final String ELASTIC_IP = "elastic_ip";
  public static final String NAT_GATEWAY = "nat_gateway";
  public static final String ROUTE_TABLE = "route_table";

  /** A security group of that network: {@code control_plane} or {@code shared_node}. */
  public static final String SECURITY_GROUP = "security_group";

  /** The IAM role EKS runs the control plane with, unless the config names one. */
  public static final String CLUSTER_ROLE = "cluster_role";

  public static final String CLUSTER = "cluster";
  public static final String OIDC_PROVIDER = "oidc_provider";
  public static final String NAMESPACE = "kubernetes_namespace";
  public static final String POD_EXECUTION_ROLE = "fargate_pod_execution_role";
  public static final String NODE_ROLE = "node_role";
  public static final String SERVICE_ACCOUNT = "iam_service_account";

  /**
   * The Kubernetes service account alone, of a service account the config keeps only as an IAM role
   * ({@code roleOnly}): only ever deleted.
   */
  public static final String KUBERNETES_SERVICE_ACCOUNT = "kubernetes_service_account";

  public static final String FARGATE_PROFILE = "fargate_profile";
  public static final String NODEGROUP = "managed_nodegroup";
  public static final String ADDON_ROLE = "addon_role";
  public static final String ADDON = "addon";

  /**
   * Every type, in the order plans list them (and mostly apply them). Each belongs to exactly one
   * kind of the registry; the plan sorts by this list, so it lives with the addresses.
   */
  private static final java.util.List<String> ORDER =
      java.util.List.of(
          VPC,
          SUBNET,
          INTERNET_GATEWAY,
          ELASTIC_IP,
          NAT_GATEWAY,
          ROUTE_TABLE,
          SECURITY_GROUP,
          CLUSTER_ROLE,
          CLUSTER,
          OIDC_PROVIDER,
          NAMESPACE,
          POD_EXECUTION_ROLE,
          NODE_ROLE,
          SERVICE_ACCOUNT,
          KUBERNETES_SERVICE_ACCOUNT,
          FARGATE_PROFILE,
          NODEGROUP,
          ADDON_ROLE,
          ADDON);

  /** Every type, in the order they are listed. */
  public static java.util.List<String> types() {
    return ORDER;
  }

  public static ResourceAddress of(String type) {
    return new ResourceAddress(type, "");
  }

  public static ResourceAddress of(String type, String name) {
    return new ResourceAddress(type, name);
  }

  /** Parses {@code type} or {@code type.name}. */
  public static ResourceAddress parse(String text) {
    int dot = text.indexOf('.');
    return dot < 0
        ? new ResourceAddress(text, "")
        : new ResourceAddress(text.substring(0, dot), text.substring(dot + 1));
  }

  @Override
  public String toString() {
    return name.isEmpty() ? type : type + "." + name;
  }

  @Override
  public int compareTo(ResourceAddress o) {
    int a = ORDER.indexOf(type);
    int b = ORDER.indexOf(o.type);
    if (a != b) {
      return Integer.compare(a < 0 ? ORDER.size() : a, b < 0 ? ORDER.size() : b);
    }
    int c = type.compareTo(o.type);
    return c != 0 ? c : name.compareTo(o.name);
  }
}
