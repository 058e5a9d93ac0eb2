package io.eksform.engine.resource.network;

import io.eksform.engine.apply.Fields;
import io.eksform.engine.apply.Step;
import io.eksform.engine.apply.UnsupportedStep;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.ResourceAddress;
import io.eksform.engine.resource.ResourceKind;
import java.util.List;

/**
 * The network eksform makes for a cluster whose config names no VPC, as eksctl makes it: {@code
 * vpc}, {@code subnet.public-<zone>} and {@code subnet.private-<zone>}, {@code internet_gateway},
 * {@code elastic_ip.<zone|single>}, {@code nat_gateway.<zone|single>}, {@code route_table.public}
 * and {@code route_table.private-<zone>}, {@code security_group.control_plane} and {@code
 * security_group.shared_node}. Planned from {@link NetworkLayouts} by {@link NetworkPlanner},
 * destroyed with the cluster by {@link NetworkDestroyer}.
 */
public final class NetworkKind implements ResourceKind {
  @Override
  public List<String> types() {
    return List.of(
        ResourceAddress.VPC,
        ResourceAddress.SUBNET,
        ResourceAddress.INTERNET_GATEWAY,
        ResourceAddress.ELASTIC_IP,
        ResourceAddress.NAT_GATEWAY,
        ResourceAddress.ROUTE_TABLE,
        ResourceAddress.SECURITY_GROUP);
  }

  @Override
  public void plan(PlanContext ctx) {
    NetworkPlanner.plan(ctx);
  }

  @Override
  public void destroy(PlanContext ctx) {
    NetworkDestroyer.destroy(ctx);
  }

  @Override
  public List<Step> steps(Change change) {
    String type = change.address().type();
    return switch (change.action()) {
      case CREATE, UPDATE -> List.of(ensure(type, change));
      case DELETE -> List.of(new DeleteNetworkObjectStep(type, Fields.text(change.before(), "id")));
      default -> List.of(UnsupportedStep.cannot(change));
    };
  }

  private static Step ensure(String type, Change change) {
    return switch (type) {
      case ResourceAddress.VPC -> new EnsureVpcStep(change.after());
      case ResourceAddress.SUBNET -> new EnsureSubnetStep(change.after());
      case ResourceAddress.INTERNET_GATEWAY -> new EnsureInternetGatewayStep(change.after());
      case ResourceAddress.ELASTIC_IP -> new EnsureElasticIpStep(change.after());
      case ResourceAddress.NAT_GATEWAY -> new EnsureNatGatewayStep(change.after());
      case ResourceAddress.ROUTE_TABLE -> new EnsureRouteTableStep(change.after());
      case ResourceAddress.SECURITY_GROUP -> new EnsureSecurityGroupStep(change.after());
      default -> UnsupportedStep.cannot(change);
    };
  }
}
