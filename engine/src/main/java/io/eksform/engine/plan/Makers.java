package io.eksform.engine.plan;

import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.live.LiveRole;
import java.util.Map;

/**
 * Who made a live object, read from the marks each tool leaves: eksform's ownership tags and
 * managed-by label, eksctl's {@code alpha.eksctl.io/} and {@code eksctl.cluster.k8s.io/} tags, its
 * managed-by label and its role names. Anything else was made by another tool (the console, the AWS
 * CLI, Terraform...).
 */
public final class Makers {
  public static final String EKSFORM = "eksform";
  public static final String EKSCTL = "eksctl";
  public static final String OTHER = "another tool";

  private static final String MANAGED_BY_LABEL = "app.kubernetes.io/managed-by";

  private Makers() {}

  /** The maker an AWS object's tags name. */
  public static String ofTags(Map<String, String> tags) {
    if (EKSFORM.equals(tags.get(ManagedNames.TAG_MANAGED_BY))) {
      return EKSFORM;
    }
    boolean eksctl =
        tags.keySet().stream()
            .anyMatch(
                k -> k.startsWith("alpha.eksctl.io/") || k.startsWith("eksctl.cluster.k8s.io/"));
    return eksctl ? EKSCTL : OTHER;
  }

  /** The maker a Kubernetes object's managed-by label names. */
  public static String ofLabels(Map<String, String> labels) {
    String by = labels.getOrDefault(MANAGED_BY_LABEL, "");
    return by.equals(EKSFORM) ? EKSFORM : by.equals(EKSCTL) ? EKSCTL : OTHER;
  }

  /**
   * The maker of an IAM role: its tags, else eksctl's role names ({@code eksctl-<cluster>-...}).
   */
  public static String ofRole(LiveRole role, String cluster) {
    String byTags = ofTags(role.tags());
    if (!byTags.equals(OTHER)) {
      return byTags;
    }
    return role.name().startsWith("eksctl-" + cluster + "-") ? EKSCTL : OTHER;
  }

  /** The maker of a role known only by its ARN (a role the plan did not read). */
  public static String ofRoleArn(String arn, String cluster) {
    return arn.substring(arn.lastIndexOf('/') + 1).startsWith("eksctl-" + cluster + "-")
        ? EKSCTL
        : arn.contains(":role" + ManagedNames.ROLE_PATH) ? EKSFORM : OTHER;
  }
}
