package io.eksform.engine.desired;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Names and tags of what eksform creates, so that a later plan finds it again: IAM roles live under
 * the path {@code /eksform/} with deterministic names, and everything carries the ownership tags.
 */
public final class ManagedNames {
  /** IAM path of every role eksform creates. */
  public static final String ROLE_PATH = "/eksform/";

  public static final String TAG_MANAGED_BY = "eksform.io/managed-by";
  public static final String TAG_CLUSTER = "eksform.io/cluster";
  public static final String TAG_RESOURCE = "eksform.io/resource";

  /** Tag eksctl puts on the stacks (and so the roles) of IRSA service accounts. */
  public static final String EKSCTL_SERVICE_ACCOUNT_TAG = "alpha.eksctl.io/iamserviceaccount-name";

  /** Tag eksctl puts on what it creates for a node group (its stack's resources). */
  public static final String EKSCTL_NODEGROUP_TAG = "alpha.eksctl.io/nodegroup-name";

  /** Tag eksctl puts on what it creates for a cluster. */
  public static final String EKSCTL_CLUSTER_TAG = "alpha.eksctl.io/cluster-name";

  private static final int MAX_ROLE_NAME = 64;

  private ManagedNames() {}

  /** The IAM role of the IRSA service account {@code namespace/name} of {@code cluster}. */
  public static String serviceAccountRole(String cluster, String namespace, String name) {
    return roleName("eksform-" + cluster + "-" + namespace + "-" + name);
  }

  /** The pod execution role eksform creates for Fargate profiles that name none. */
  public static String podExecutionRole(String cluster) {
    return roleName("eksform-" + cluster + "-fargate-pod-execution");
  }

  /** The node role eksform creates for managed node groups that name none. */
  public static String nodeRole(String cluster) {
    return roleName("eksform-" + cluster + "-node");
  }

  /**
   * The node role eksform creates for one managed node group that asks for more than the shared
   * one.
   */
  public static String nodeGroupRole(String cluster, String nodeGroup) {
    return roleName("eksform-" + cluster + "-ng-" + nodeGroup);
  }

  /** The ownership tags of a resource eksform creates. */
  public static Map<String, String> ownershipTags(String cluster, String address) {
    return Map.of(TAG_MANAGED_BY, "eksform", TAG_CLUSTER, cluster, TAG_RESOURCE, address);
  }

  /** True when the tags say eksform or eksctl created the object for this cluster. */
  public static boolean ownedBy(Map<String, String> tags, String cluster) {
    return cluster.equals(tags.get(TAG_CLUSTER)) || cluster.equals(tags.get(EKSCTL_CLUSTER_TAG));
  }

  /** A valid IAM role name: long names keep their start and end with a hash of the whole. */
  static String roleName(String wanted) {
    String clean = wanted.replaceAll("[^\\w+=,.@-]", "-");
    if (clean.length() <= MAX_ROLE_NAME) {
      return clean;
    }
    String hash = sha256(clean).substring(0, 8);
    return clean.substring(0, MAX_ROLE_NAME - hash.length() - 1) + "-" + hash;
  }

  private static String sha256(String text) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(d.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
