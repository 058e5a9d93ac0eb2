package io.eksform.engine.resource.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.config.ConfigLoader;
import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.config.SourceText;
import io.eksform.engine.desired.DesiredState;
import io.eksform.engine.live.LiveReader;
import io.eksform.engine.live.LiveState;
import io.eksform.engine.plan.Plan;
import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.SandboxOptions;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The live read of a cluster whose config names no VPC holds the network tagged for it, each object
 * fingerprinted; a cluster that exists on eksctl's network gets no network changes.
 */
class LiveNetworkReadTest {
  @Test
  void theSnapshotHoldsEksctlsNetworkOfTheCluster() {
    var desired =
        DesiredState.from(
            new ConfigLoader(LoadOptions.defaults(), InputStream.nullInputStream())
                .load(
                    SourceText.of(
                        "clusterconfig.yaml",
                        "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n"
                            + "metadata:\n  name: eksworkshop-eksctl\n  region: us-west-2\n"
                            + "vpc:\n  cidr: 10.0.0.0/16\n"))
                .configs()
                .get(0));
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("eksworkshop"));
        AwsClients aws = NetworkFixture.clients(sandbox)) {
      LiveState live = new LiveReader(aws, 4).read(desired);
      assertEquals(1, live.network().ofType("vpc").size());
      assertTrue(live.network().zones().isEmpty(), "zones are read only for a cluster to create");
      String vpc = live.network().ofType("vpc").get(0).id();
      assertTrue(live.fingerprints().containsKey("ec2:vpc/" + vpc), live.fingerprints().toString());
      assertTrue(live.fingerprints().containsKey("ec2:network/eksworkshop-eksctl"));

      Plan plan = NetworkFixture.plan(desired, live);
      assertTrue(plan.changes().isEmpty(), plan.changes().toString());
      assertEquals("/vpc/cidr", plan.notActedOn().get(0).pointer());
    }
  }
}
