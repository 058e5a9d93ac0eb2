package io.eksform.engine.resource.fargate;

import io.eksform.engine.apply.StepContext;
import java.util.function.Supplier;
import software.amazon.awssdk.services.eks.model.EksException;
import software.amazon.awssdk.services.eks.model.FargateProfile;

/** Why a Fargate profile a step waited for is not as it should be, in EKS's words. */
final class FargateProfileStatus {
  private FargateProfileStatus() {}

  /** The failure message of a profile that did not become ACTIVE, with EKS's health issues. */
  static String why(StepContext ctx, String name, Supplier<String> fallback) {
    try {
      FargateProfile p =
          ctx.aws()
              .eks()
              .describeFargateProfile(r -> r.clusterName(ctx.cluster()).fargateProfileName(name))
              .fargateProfile();
      String health =
          p.health() == null || p.health().issues().isEmpty()
              ? ""
              : ": "
                  + String.join(
                      "; ",
                      p.health().issues().stream()
                          .map(i -> i.codeAsString() + " " + i.message())
                          .toList());
      return "Fargate profile " + name + " is " + p.statusAsString() + health;
    } catch (EksException e) {
      return fallback.get();
    }
  }
}
