package io.eksform.engine.resource.network;

import io.eksform.engine.apply.StepContext;
import io.eksform.engine.apply.StepFailedException;
import java.time.Instant;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;

/**
 * Runs an EC2 deletion that fails while something still uses the object (the network interfaces of
 * a deleted cluster or load balancer take minutes to go), trying again with progress until the wait
 * timeout, as eksctl does; then fails naming what holds it.
 */
final class InUseRetry {
  private static final Set<String> IN_USE =
      Set.of("DependencyViolation", "InvalidIPAddress.InUse", "AuthFailure.AddressInUse");

  /** Codes that mean the object is gone already. */
  private static final Set<String> GONE =
      Set.of(
          "InvalidVpcID.NotFound",
          "InvalidSubnetID.NotFound",
          "InvalidRouteTableID.NotFound",
          "InvalidInternetGatewayID.NotFound",
          "InvalidAllocationID.NotFound",
          "InvalidGroup.NotFound",
          "NatGatewayNotFound");

  private InUseRetry() {}

  static void run(StepContext ctx, String what, Runnable delete) {
    Instant deadline = Instant.now().plus(ctx.settings().waitTimeout());
    while (true) {
      try {
        delete.run();
        return;
      } catch (Ec2Exception e) {
        String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
        if (GONE.contains(code)) {
          return;
        }
        if (!IN_USE.contains(code)) {
          throw e;
        }
        String message = e.awsErrorDetails().errorMessage();
        if (Instant.now().isAfter(deadline)) {
          throw new StepFailedException(
              what
                  + " is still in use ("
                  + message
                  + "); something eksform did not make holds it: delete that, then apply again");
        }
        ctx.retried("deleting", what + " is still in use (" + message + "); waiting for it");
        StepContext.pause(ctx.settings().pollInterval());
      }
    }
  }

  /** True when the error says the object is gone. */
  static boolean gone(Ec2Exception e) {
    return e.awsErrorDetails() != null && GONE.contains(e.awsErrorDetails().errorCode());
  }
}
