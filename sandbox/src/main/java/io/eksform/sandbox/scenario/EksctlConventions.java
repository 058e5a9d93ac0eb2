package io.eksform.sandbox.scenario;

import io.eksform.sandbox.state.Ids;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names and tags eksctl gives what it creates, as facts read from eksctl's source: every
 * CloudFormation stack carries the cluster name (twice, old and new key) and the eksctl version,
 * and CloudFormation adds its own {@code aws:cloudformation:*} tags to the resources it tags,
 * except IAM roles, which get only the stack's tags; eksctl names tagged resources {@code
 * <stack>/<logical id>}.
 */
final class EksctlConventions {
  /** The eksctl release the built-in scenarios were "made" with. */
  static final String VERSION = "0.230.0";

  static final String CLUSTER_NAME_TAG = "alpha.eksctl.io/cluster-name";
  static final String OLD_CLUSTER_NAME_TAG = "eksctl.cluster.k8s.io/v1alpha1/cluster-name";
  static final String VERSION_TAG = "alpha.eksctl.io/eksctl-version";
  static final String OIDC_ENABLED_TAG = "alpha.eksctl.io/cluster-oidc-enabled";
  static final String NODEGROUP_NAME_TAG = "alpha.eksctl.io/nodegroup-name";
  static final String NODEGROUP_TYPE_TAG = "alpha.eksctl.io/nodegroup-type";
  static final String SERVICE_ACCOUNT_TAG = "alpha.eksctl.io/iamserviceaccount-name";

  private EksctlConventions() {}

  /** The tags eksctl puts on every stack of a cluster. */
  static Map<String, String> stackTags(String cluster) {
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put(CLUSTER_NAME_TAG, cluster);
    tags.put(OLD_CLUSTER_NAME_TAG, cluster);
    tags.put(VERSION_TAG, VERSION);
    return tags;
  }

  /** The stack tags of a cluster's own stack ({@code eksctl-<cluster>-cluster}). */
  static Map<String, String> clusterStackTags(String cluster, boolean withOidc) {
    Map<String, String> tags = stackTags(cluster);
    tags.put(OIDC_ENABLED_TAG, String.valueOf(withOidc));
    return tags;
  }

  /** The stack tags of a managed node group's stack. */
  static Map<String, String> managedNodegroupStackTags(String cluster, String nodegroup) {
    Map<String, String> tags = stackTags(cluster);
    tags.putAll(managedNodegroupTags(nodegroup));
    return tags;
  }

  /** The tags eksctl gives a managed node group itself (and its instances). */
  static Map<String, String> managedNodegroupTags(String nodegroup) {
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put(NODEGROUP_NAME_TAG, nodegroup);
    tags.put(NODEGROUP_TYPE_TAG, "managed");
    return tags;
  }

  /** The tags CloudFormation adds to a (non-IAM) resource of a stack. */
  static Map<String, String> cloudFormationTags(
      String account, String region, String stack, String logicalId) {
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("aws:cloudformation:stack-name", stack);
    tags.put("aws:cloudformation:logical-id", logicalId);
    tags.put("aws:cloudformation:stack-id", stackId(account, region, stack));
    return tags;
  }

  static String stackId(String account, String region, String stack) {
    return "arn:aws:cloudformation:"
        + region
        + ":"
        + account
        + ":stack/"
        + stack
        + "/"
        + Ids.derivedUuid("stack/" + region + "/" + stack);
  }

  /** The Name tag eksctl gives a resource it can tag: {@code <stack>/<logical id>}. */
  static Map<String, String> nameTag(String stack, String logicalId) {
    return Map.of("Name", stack + "/" + logicalId);
  }

  /** Merges tag maps; later ones win. */
  @SafeVarargs
  static Map<String, String> tags(Map<String, String>... parts) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map<String, String> part : parts) {
      out.putAll(part);
    }
    return out;
  }

  /**
   * The physical name CloudFormation gives a resource nobody named: {@code <stack>-<logical
   * id>-<suffix>}, the stack part cut (and stripped of a trailing dash) so that the name fits IAM's
   * 64 characters with room for a 13-character suffix. This reproduces both role names of the EKS
   * workshop ({@code eksctl-eksworkshop-eksctl-addon-iamserviceac-Role1-...} and {@code
   * eksctl-eksworkshop-eksctl-FargatePodExecutionRole-...}).
   */
  static String physicalName(String stack, String logicalId, String suffix) {
    int room = 64 - logicalId.length() - 13 - 2;
    String head = stack.length() > room ? stack.substring(0, room) : stack;
    while (head.endsWith("-")) {
      head = head.substring(0, head.length() - 1);
    }
    return head + "-" + logicalId + "-" + suffix;
  }
}
