package io.eksform.engine.resource.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.live.LiveZone;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The layout of a new network: eksctl's split of the VPC block and its choice of zones. */
class NetworkLayoutsProperties {
  @Property(tries = 200)
  void subnetsAreDisjointInsideTheVpcAndSizedAsEksctlSplits(
      @ForAll @IntRange(min = 2, max = 8) int zoneCount,
      @ForAll @IntRange(min = 16, max = 24) int prefix,
      @ForAll @IntRange(min = 0, max = 255) int first,
      @ForAll @IntRange(min = 0, max = 255) int second) {
    Ipv4Cidr vpc = new Ipv4Cidr(((long) (first & 0xFE | 10) << 24) | ((long) second << 16), prefix);
    List<String> zones = new ArrayList<>();
    List<String> lines = new ArrayList<>(List.of("vpc:", "  cidr: " + vpc, "availabilityZones:"));
    for (int i = 0; i < zoneCount; i++) {
      zones.add("us-west-2" + (char) ('a' + i));
      lines.add("  - us-west-2" + (char) ('a' + i));
    }
    var result =
        NetworkLayouts.of(
            "fresh",
            NetworkFixture.config(lines.toArray(String[]::new)).fields(),
            zones.stream().map(z -> new LiveZone(z, z)).toList());
    assertTrue(result.problems().isEmpty(), result.problems().toString());
    NetworkLayout layout = result.layout().orElseThrow();
    List<SubnetLayout> subnets = layout.subnets();
    assertEquals(zoneCount * 2, subnets.size());
    int bits = zoneCount * 2 <= 8 ? 3 : 4;
    List<Ipv4Cidr> blocks = vpc.split(bits);
    for (int i = 0; i < subnets.size(); i++) {
      SubnetLayout s = subnets.get(i);
      assertTrue(vpc.contains(s.cidr()), s + " inside " + vpc);
      assertEquals(vpc.size() >> bits, s.cidr().size(), "each an eighth or a sixteenth");
      for (int j = 0; j < i; j++) {
        assertFalse(subnets.get(j).cidr().overlaps(s.cidr()), subnets.get(j) + " and " + s);
      }
    }
    for (int i = 0; i < zoneCount; i++) {
      assertEquals(blocks.get(i), layout.subnet(true, zones.get(i)).cidr(), "public first");
      assertEquals(
          blocks.get(i + zoneCount), layout.subnet(false, zones.get(i)).cidr(), "private after");
    }
  }

  @Test
  void theDefaultIsEksctlsWellKnownLayout() {
    var result =
        NetworkLayouts.of(
            "fresh",
            NetworkFixture.config().fields(),
            List.of(
                new LiveZone("us-west-2a", "usw2-az1"),
                new LiveZone("us-west-2b", "usw2-az2"),
                new LiveZone("us-west-2c", "usw2-az3"),
                new LiveZone("us-west-2d", "usw2-az4")));
    NetworkLayout layout = result.layout().orElseThrow();
    assertEquals("192.168.0.0/16", layout.cidr().toString());
    assertEquals(List.of("us-west-2a", "us-west-2b", "us-west-2c"), layout.zones());
    assertTrue(layout.zonesChosen());
    assertEquals(NatMode.SINGLE, layout.nat());
    assertEquals(
        List.of(
            "public-us-west-2a 192.168.0.0/19",
            "public-us-west-2b 192.168.32.0/19",
            "public-us-west-2c 192.168.64.0/19",
            "private-us-west-2a 192.168.96.0/19",
            "private-us-west-2b 192.168.128.0/19",
            "private-us-west-2c 192.168.160.0/19"),
        layout.subnets().stream().map(s -> s.name() + " " + s.cidr()).toList());
  }

  @Property(tries = 100)
  void zonesAreChosenDeterministicallyAvoidingZonesEksRefuses(
      @ForAll @IntRange(min = 2, max = 6) int count, @ForAll @IntRange(min = 0, max = 5) int bad) {
    List<LiveZone> zones = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      zones.add(
          new LiveZone(
              "us-east-1" + (char) ('a' + i), i == bad ? "use1-az3" : "use1-az" + (10 + i)));
    }
    List<String> chosen = ZoneChoice.choose(zones);
    List<LiveZone> backwards = new ArrayList<>(zones);
    java.util.Collections.reverse(backwards);
    List<String> reversed = ZoneChoice.choose(backwards);
    assertEquals(chosen, reversed, "the order EC2 lists them in does not matter");
    long usable = zones.stream().filter(z -> !z.id().equals("use1-az3")).count();
    assertEquals(Math.min(3, usable), chosen.size());
    if (bad < count) {
      assertFalse(chosen.contains("us-east-1" + (char) ('a' + bad)), "use1-az3 is avoided");
    }
  }

  @Test
  void customSubnetBlocksAreUsedAndChecked() {
    var ok =
        NetworkLayouts.of(
            "fresh",
            NetworkFixture.config(
                    "vpc:",
                    "  cidr: 10.0.0.0/16",
                    "  subnets:",
                    "    public:",
                    "      us-west-2a: {cidr: 10.0.0.0/24}",
                    "      us-west-2b: {cidr: 10.0.1.0/24}",
                    "    private:",
                    "      us-west-2a: {cidr: 10.0.64.0/18}",
                    "      us-west-2b: {cidr: 10.0.128.0/18}")
                .fields(),
            List.of());
    assertEquals(
        List.of("10.0.0.0/24", "10.0.1.0/24", "10.0.64.0/18", "10.0.128.0/18"),
        ok.layout().orElseThrow().subnets().stream().map(s -> s.cidr().toString()).toList());
    var outside =
        NetworkLayouts.of(
            "fresh",
            NetworkFixture.config(
                    "vpc:",
                    "  cidr: 10.0.0.0/16",
                    "  subnets:",
                    "    public:",
                    "      us-west-2a: {cidr: 10.1.0.0/24}",
                    "      us-west-2b: {cidr: 10.0.0.0/24}")
                .fields(),
            List.of());
    assertEquals("/vpc/subnets/public/us-west-2a/cidr", outside.problems().get(0).pointer());
    assertTrue(outside.problems().get(0).message().contains("not inside vpc.cidr"));
  }
}
