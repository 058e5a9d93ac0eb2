package io.eksform.engine.resource.nodegroup;

import io.eksform.engine.desired.NodeGroupSpec;
import io.eksform.engine.plan.PlanContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AMI release of a managed node group ({@code releaseVersion}): EKS moves a group to a newer
 * release in place and cannot roll one back, so an older release than the live one is an error at
 * the field. Releases are compared only in the EKS optimized Amazon Linux form {@code
 * 1.30.4-20240917}; other forms (Bottlerocket's) are left to EKS.
 */
final class NodeGroupReleases {
  private static final Pattern AMAZON_LINUX = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)-(\\d{8})");

  private NodeGroupReleases() {}

  static void checkNotOlder(PlanContext ctx, NodeGroupSpec spec, String live, String wanted) {
    Matcher l = AMAZON_LINUX.matcher(live);
    Matcher w = AMAZON_LINUX.matcher(wanted);
    if (!l.matches() || !w.matches()) {
      return;
    }
    for (int g = 1; g <= 4; g++) {
      int c = Long.compare(Long.parseLong(w.group(g)), Long.parseLong(l.group(g)));
      if (c > 0) {
        return;
      }
      if (c < 0) {
        ctx.error(
            "node group "
                + spec.name()
                + " runs AMI release "
                + live
                + ", and EKS cannot roll a node group back to "
                + wanted,
            spec.pointer() + "/releaseVersion",
            "use " + live + " or a newer release, or replace the group under another name");
        return;
      }
    }
  }
}
