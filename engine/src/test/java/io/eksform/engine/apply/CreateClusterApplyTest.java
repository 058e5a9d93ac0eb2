package io.eksform.engine.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.Unknown;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.Subnet;

/**
 * A cluster created from nothing in the sandbox's {@code empty} account (only a default VPC): the
 * plan lists the creations in order with what only apply can know, apply makes them, and the next
 * plan has nothing to do.
 */
class CreateClusterApplyTest {
  ScenarioRun run;
  String vpcId;
  List<Subnet> subnets;

  @BeforeEach
  void start() {
    run = new ScenarioRun("empty");
    vpcId =
        run.aws
            .ec2()
            .describeVpcs(r -> r.filters(f -> f.name("is-default").values("true")))
            .vpcs()
            .get(0)
            .vpcId();
    subnets =
        run
            .aws
            .ec2()
            .describeSubnets(r -> r.filters(f -> f.name("vpc-id").values(vpcId)))
            .subnets()
            .stream()
            .sorted(java.util.Comparator.comparing(Subnet::availabilityZone))
            .toList();
  }

  @AfterEach
  void stop() {
    run.close();
  }

  /** A config of a new cluster in the default VPC, its public subnets named by id. */
  String config(String more) {
    String subnetLines =
        subnets.stream()
            .limit(3)
            .map(s -> "      " + s.availabilityZone() + ":\n        id: " + s.subnetId() + "\n")
            .collect(Collectors.joining());
    return "apiVersion: eksctl.io/v1alpha5\n"
        + "kind: ClusterConfig\n"
        + "metadata:\n"
        + "  name: fresh\n"
        + "  region: us-west-2\n"
        + "vpc:\n"
        + "  id: "
        + vpcId
        + "\n"
        + "  subnets:\n"
        + "    public:\n"
        + subnetLines
        + more;
  }

  static List<String> addresses(Plan plan) {
    return plan.changes().stream()
        .filter(Change::isChange)
        .map(c -> c.action() + " " + c.address())
        .toList();
  }

  @Test
  void aBareClusterIsCreatedWithItsRoleAndThenPlansNoChanges() {
    ClusterSpec desired =
        ScenarioRun.config(config("addonsConfig:\n  disableDefaultAddons: true\n"));
    Plan plan = run.plan(desired);
    assertEquals(List.of(), plan.problems(), plan.problems().toString());
    assertEquals(List.of("CREATE cluster_role", "CREATE cluster"), addresses(plan));
    Change cluster = plan.changes().get(1);
    assertTrue(Unknown.is(cluster.after().get("role_arn")), cluster.after().toString());
    assertEquals("1.34", cluster.after().get("version").asString());
    run.apply(plan);
    Plan next = run.plan(desired);
    assertEquals(List.of(), addresses(next), next.changes().toString());
    assertEquals(Action.NO_OP, next.changes().get(0).action());
  }
}
