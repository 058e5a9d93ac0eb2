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

  /** Marks an add-on eksform installed as one of eksctl's defaults on a cluster it created. */
  public static final String TAG_DEFAULT_ADDON = "eksform.io/default-addon";

  /** The label eksform puts on the Kubernetes namespaces and service accounts it creates. */
  public static final String MANAGED_BY_LABEL = "app.kubernetes.io/managed-by";

  /** Tag eksctl puts on the stacks (and so the roles) of IRSA service accounts. */
  public static final String EKSCTL_SERVICE_ACCOUNT_TAG = "alpha.eksctl.io/iamserviceaccount-name";

  /** Tag eksctl puts on what it creates for a node group (its stack's resources). */
  public static final String EKSCTL_NODEGROUP_TAG = "alpha.eksctl.io/nodegroup-name";

  /** Tag eksctl puts on what it creates for a cluster. */
  public static final String EKSCTL_CLUSTER_TAG = "alpha.eksctl.io/cluster-name";

  private static final int MAX_ROLE_NAME = 64;

  /** EKS's longest node group name; Fargate profile names are kept to it too. */
  public static final int MAX_EKS_NAME = 63;

  private ManagedNames() {}

  /** The IAM role of the IRSA service account {@code namespace/name} of {@code cluster}. */
  public static String serviceAccountRole(String cluster, String namespace, String name) {
    return roleName("eksform-" + cluster + "-" + namespace + "-" + name);
  }

  /** The IRSA role eksform creates for the add-on {@code addon} of {@code cluster}. */
  public static String addonRole(String cluster, String addon) {
    return roleName("eksform-" + cluster + "-addon-" + addon);
  }

  /** The pod execution role eksform creates for Fargate profiles that name none. */
  public static String podExecutionRole(String cluster) {
    return roleName("eksform-" + cluster + "-fargate-pod-execution");
  }

  /** The IAM role eksform creates for the control plane of a cluster it creates. */
  public static String clusterRole(String cluster) {
    return roleName("eksform-" + cluster + "-cluster");
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

  /**
   * The name of the object a create-before-destroy replacement creates beside {@code liveName}: the
   * config's {@code name} with a suffix derived from what it will hold ({@code after}, the text of
   * the plan's after object), so that a re-run after an interruption finds, and adopts, the same
   * one, and the planner can tell which live object that is. A long name is shortened to keep the
   * suffixed one within {@link #MAX_EKS_NAME}; when the suffixed name is the live one's (a failed
   * copy replaced by the same settings), the config's name is used instead.
   */
  public static String standInName(String name, String liveName, String after) {
    String suffix = "-" + sha256(after).substring(0, 6);
    String stem = name.substring(0, Math.min(name.length(), MAX_EKS_NAME - suffix.length()));
    String candidate = stem + suffix;
    return candidate.equals(liveName) ? name : candidate;
  }

  /**
   * True when the tags say eksform itself created the object for this cluster (eksctl's tags do not
   * count: what eksctl made belongs to its CloudFormation stacks).
   */
  public static boolean createdByEksform(Map<String, String> tags, String cluster) {
    return "eksform".equals(tags.get(TAG_MANAGED_BY)) && cluster.equals(tags.get(TAG_CLUSTER));
  }

  /** True when the labels say eksform created the Kubernetes object. */
  public static boolean labelledByEksform(Map<String, String> labels) {
    return "eksform".equals(labels.get(MANAGED_BY_LABEL));
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
