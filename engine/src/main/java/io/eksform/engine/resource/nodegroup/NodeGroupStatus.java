package io.eksform.engine.resource.nodegroup;

import io.eksform.engine.apply.StepContext;
import software.amazon.awssdk.services.eks.model.EksException;
import software.amazon.awssdk.services.eks.model.Nodegroup;

/** Why a node group did not reach the state a step waited for, with EKS's health issues. */
final class NodeGroupStatus {
  private NodeGroupStatus() {}

  static String why(StepContext ctx, String name, Exception waited) {
    try {
      Nodegroup n =
          ctx.aws()
              .eks()
              .describeNodegroup(r -> r.clusterName(ctx.cluster()).nodegroupName(name))
              .nodegroup();
      String health =
          n.health() == null || n.health().issues().isEmpty()
              ? ""
              : ": "
                  + String.join(
                      "; ",
                      n.health().issues().stream()
                          .map(i -> i.codeAsString() + " " + i.message())
                          .toList());
      return "node group " + name + " is " + n.statusAsString() + health;
    } catch (EksException e) {
      return "node group " + name + ": " + waited.getMessage();
    }
  }
}
