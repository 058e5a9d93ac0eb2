package io.eksform.engine.apply;

import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.plan.Unknown;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Subnet;
import tools.jackson.databind.JsonNode;

/**
 * The subnet ids of a change's {@code subnets}: as planned, or, when the plan could not know them
 * ({@link Unknown}: the network is made in the same apply), the subnets eksform made for the
 * cluster, found by their ownership tags, of the kind ({@code subnet_kind}: public, private, or
 * both when absent) and in the zones ({@code availability_zones}) the change names.
 */
public final class OwnedSubnets {
  private OwnedSubnets() {}

  public static List<String> of(StepContext ctx, JsonNode after, String field) {
    if (!Unknown.is(after.get(field))) {
      return Fields.strings(after, field);
    }
    String kind = Fields.optionalText(after, "subnet_kind").orElse("");
    List<String> zones = Fields.strings(after, "availability_zones");
    Filter ownedBy =
        Filter.builder().name("tag:" + ManagedNames.TAG_CLUSTER).values(ctx.cluster()).build();
    List<String> ids =
        ctx.aws().ec2().describeSubnetsPaginator(r -> r.filters(ownedBy)).subnets().stream()
            .filter(s -> resource(s).startsWith("subnet." + kind))
            .filter(s -> zones.isEmpty() || zones.contains(s.availabilityZone()))
            .map(Subnet::subnetId)
            .sorted()
            .toList();
    if (ids.isEmpty()) {
      throw new StepFailedException(
          "no "
              + (kind.isEmpty() ? "" : kind + " ")
              + "subnet tagged "
              + ManagedNames.TAG_CLUSTER
              + "="
              + ctx.cluster()
              + (zones.isEmpty() ? "" : " in " + String.join(", ", zones))
              + " exists; plan again to create the cluster's network");
    }
    return ids;
  }

  private static String resource(Subnet s) {
    return s.tags().stream()
        .filter(t -> t.key().equals(ManagedNames.TAG_RESOURCE))
        .map(t -> t.value())
        .findFirst()
        .orElse("");
  }
}
