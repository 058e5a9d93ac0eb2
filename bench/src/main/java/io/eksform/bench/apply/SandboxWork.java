package io.eksform.bench.apply;

import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.ResourceAddress;
import io.eksform.sandbox.state.Durations;
import java.time.Duration;

/**
 * How long the sandbox makes one change take at a time scale: the EKS and NAT gateway transitions
 * it waits out ({@link Durations}); calls that answer at once count as nothing.
 */
record SandboxWork(Durations durations) {
  static SandboxWork scaled(double scale) {
    return new SandboxWork(Durations.scaled(scale));
  }

  Duration of(Change c) {
    String type = c.address().type();
    return switch (c.action()) {
      case CREATE -> create(type);
      case UPDATE -> update(type);
      case DELETE -> delete(type);
      // A replacement creates the new object and deletes the old one.
      case REPLACE -> create(type).plus(delete(type));
      case NO_OP -> Duration.ZERO;
    };
  }

  private Duration create(String type) {
    return switch (type) {
      case ResourceAddress.CLUSTER -> durations.clusterCreate();
      case ResourceAddress.FARGATE_PROFILE -> durations.fargateCreate();
      case ResourceAddress.NODEGROUP -> durations.nodegroupCreate();
      case ResourceAddress.ADDON -> durations.addonCreate();
      case ResourceAddress.NAT_GATEWAY -> durations.natGatewayCreate();
      default -> Duration.ZERO;
    };
  }

  private Duration update(String type) {
    return switch (type) {
      case ResourceAddress.CLUSTER -> durations.clusterUpdate();
      case ResourceAddress.NODEGROUP -> durations.nodegroupUpdate();
      case ResourceAddress.ADDON -> durations.addonUpdate();
      default -> Duration.ZERO;
    };
  }

  private Duration delete(String type) {
    return switch (type) {
      case ResourceAddress.CLUSTER -> durations.clusterDelete();
      case ResourceAddress.FARGATE_PROFILE -> durations.fargateDelete();
      case ResourceAddress.NODEGROUP -> durations.nodegroupDelete();
      case ResourceAddress.ADDON -> durations.addonDelete();
      case ResourceAddress.NAT_GATEWAY -> durations.natGatewayDelete();
      default -> Duration.ZERO;
    };
  }

  /** Whether AWS runs this change one at a time with the others like it (Fargate profiles). */
  static boolean oneAtATime(Change c) {
    return c.address().type().equals(ResourceAddress.FARGATE_PROFILE);
  }
}
