package io.eksform.engine.resource.network;

import io.eksform.engine.config.JsonPointers;
import io.eksform.engine.desired.ConfigField;
import io.eksform.engine.desired.ConfigFields;
import io.eksform.engine.live.LiveZone;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Builds the network eksctl would make from a config that names no VPC and the region's zones, as a
 * pure function: {@code vpc.cidr} (192.168.0.0/16 by default) cut into eight blocks (sixteen for
 * five to eight zones), the public subnets taking the first blocks in zone order and the private
 * ones the blocks after them, unless {@code vpc.subnets} gives a subnet's block; {@code
 * availabilityZones}, the zones of {@code vpc.subnets}, or zones chosen as eksctl does; {@code
 * vpc.nat.gateway} (Single by default).
 */
final class NetworkLayouts {
  static final String DEFAULT_CIDR = "192.168.0.0/16";

  private NetworkLayouts() {}

  /** The layout, or the problems that keep the config's network from being built. */
  record Result(Optional<NetworkLayout> layout, List<LayoutProblem> problems) {}

  /** True when the config leaves the VPC to eksform: no {@code vpc.id}, no subnet ids. */
  static boolean wanted(ConfigFields fields) {
    return fields.value("/vpc/id").isEmpty()
        && fields.values().stream()
            .noneMatch(f -> f.pointer().matches("/vpc/subnets/(public|private)/[^/]+/id"));
  }

  static Result of(String cluster, ConfigFields fields, List<LiveZone> regionZones) {
    List<LayoutProblem> problems = new ArrayList<>();
    ipv6(fields, problems);
    String cidrText = fields.value("/vpc/cidr").orElse(DEFAULT_CIDR);
    Optional<Ipv4Cidr> cidr = Ipv4Cidr.parse(cidrText);
    if (cidr.isEmpty()) {
      problems.add(
          new LayoutProblem(
              "vpc.cidr " + cidrText + " is not an IPv4 block",
              "/vpc/cidr",
              "write it as address/prefix with the host bits zero, such as 192.168.0.0/16"));
    } else if (cidr.get().prefix() < 16 || cidr.get().prefix() > 24) {
      problems.add(
          new LayoutProblem(
              "vpc.cidr " + cidrText + ": the VPC's prefix must be between /16 and /24",
              "/vpc/cidr",
              "use a block from /16 (65536 addresses) to /24 (256), as eksctl requires"));
    }
    String natWord = fields.value("/vpc/nat/gateway").orElse(NatMode.SINGLE.word);
    Optional<NatMode> nat = NatMode.of(natWord);
    if (nat.isEmpty()) {
      problems.add(
          new LayoutProblem(
              natWord + " is not a valid NAT gateway mode",
              "/vpc/nat/gateway",
              "use Single, HighlyAvailable or Disable"));
    }
    Map<String, Custom> custom = customSubnets(fields);
    List<String> given = given(fields);
    boolean chosen = given.isEmpty() && custom.isEmpty();
    List<String> zones;
    if (!given.isEmpty()) {
      zones = given;
    } else if (!custom.isEmpty()) {
      zones = List.copyOf(new TreeSet<>(custom.values().stream().map(Custom::zone).toList()));
    } else {
      zones = ZoneChoice.choose(regionZones);
    }
    checkZones(zones, given, chosen, regionZones, problems);
    int total = zones.size() * 2;
    if (total > 16) {
      problems.add(
          new LayoutProblem(
              "cannot create more than 16 subnets, " + total + " requested",
              "/availabilityZones",
              "name at most eight zones"));
    }
    if (!problems.isEmpty() || cidr.isEmpty() || nat.isEmpty()) {
      return new Result(Optional.empty(), problems);
    }
    List<Ipv4Cidr> blocks = cidr.get().split(total <= 8 ? 3 : 4);
    List<SubnetLayout> subnets = new ArrayList<>();
    for (int i = 0; i < zones.size(); i++) {
      String zone = zones.get(i);
      subnets.add(subnet(true, zone, blocks.get(i), custom, problems));
    }
    for (int i = 0; i < zones.size(); i++) {
      String zone = zones.get(i);
      subnets.add(subnet(false, zone, blocks.get(i + zones.size()), custom, problems));
    }
    for (Custom c : custom.values()) {
      if (!zones.contains(c.zone())) {
        problems.add(
            new LayoutProblem(
                "subnet " + c.key() + " is in zone " + c.zone() + ", not one of " + zones,
                c.pointer(),
                "name a zone of availabilityZones, or remove availabilityZones"));
      }
    }
    checkBlocks(cidr.get(), subnets, problems);
    if (!problems.isEmpty()) {
      return new Result(Optional.empty(), problems);
    }
    return new Result(
        Optional.of(new NetworkLayout(cluster, cidr.get(), zones, chosen, nat.get(), subnets)),
        List.of());
  }

  private static void ipv6(ConfigFields fields, List<LayoutProblem> problems) {
    if (fields.value("/kubernetesNetworkConfig/ipFamily").orElse("").equalsIgnoreCase("IPv6")) {
      problems.add(
          new LayoutProblem(
              "eksform does not build an IPv6 network yet",
              "/kubernetesNetworkConfig/ipFamily",
              "create this cluster with eksctl, or give vpc.id of a VPC made beforehand"));
    }
    if (fields.value("/vpc/autoAllocateIPv6").orElse("false").equals("true")) {
      problems.add(
          new LayoutProblem(
              "eksform does not give the subnets it builds IPv6 blocks yet",
              "/vpc/autoAllocateIPv6",
              "remove vpc.autoAllocateIPv6, or give vpc.id of a VPC made beforehand"));
    }
  }

  /** A subnet the config gives a block: its map key, zone, block text and pointer. */
  private record Custom(boolean isPublic, String key, String zone, String cidr, String pointer) {}

  private static Map<String, Custom> customSubnets(ConfigFields fields) {
    Map<String, Custom> out = new LinkedHashMap<>();
    for (ConfigField f : fields.values()) {
      var m =
          java.util.regex.Pattern.compile("/vpc/subnets/(public|private)/([^/]+)/cidr")
              .matcher(f.pointer());
      if (m.matches()) {
        String key = JsonPointers.last("/" + m.group(2));
        String az =
            fields.value("/vpc/subnets/" + m.group(1) + "/" + m.group(2) + "/az").orElse(key);
        boolean isPublic = m.group(1).equals("public");
        out.put(
            (isPublic ? "public/" : "private/") + az,
            new Custom(isPublic, key, az, f.value(), f.pointer()));
      }
    }
    return out;
  }

  private static List<String> given(ConfigFields fields) {
    List<String> out = new ArrayList<>();
    for (int i = 0; ; i++) {
      Optional<String> z = fields.value("/availabilityZones/" + i);
      if (z.isEmpty()) {
        return out;
      }
      out.add(z.get());
    }
  }

  private static void checkZones(
      List<String> zones,
      List<String> given,
      boolean chosen,
      List<LiveZone> regionZones,
      List<LayoutProblem> problems) {
    if (chosen && zones.size() < ZoneChoice.REQUIRED) {
      problems.add(
          new LayoutProblem(
              "the region has "
                  + zones.size()
                  + " zone(s) a cluster may use, and a new VPC needs at least 2",
              "/metadata/region",
              "set availabilityZones, or use another region"));
      return;
    }
    for (int i = 0; i < given.size(); i++) {
      String z = given.get(i);
      if (!regionZones.isEmpty() && regionZones.stream().noneMatch(r -> r.name().equals(z))) {
        problems.add(
            new LayoutProblem(
                "availability zone " + z + " is not one of the region's available zones",
                "/availabilityZones/" + i,
                "use one of " + regionZones.stream().map(LiveZone::name).toList()));
      }
    }
  }

  private static SubnetLayout subnet(
      boolean isPublic,
      String zone,
      Ipv4Cidr split,
      Map<String, Custom> custom,
      List<LayoutProblem> problems) {
    Custom c = custom.get((isPublic ? "public/" : "private/") + zone);
    if (c == null) {
      return new SubnetLayout(isPublic, zone, split, "/vpc/cidr");
    }
    Optional<Ipv4Cidr> own = Ipv4Cidr.parse(c.cidr());
    if (own.isEmpty()) {
      problems.add(
          new LayoutProblem(
              "subnet " + c.key() + ": " + c.cidr() + " is not an IPv4 block",
              c.pointer(),
              "write it as address/prefix with the host bits zero, such as 192.168.0.0/19"));
      return new SubnetLayout(isPublic, zone, split, c.pointer());
    }
    return new SubnetLayout(isPublic, zone, own.get(), c.pointer());
  }

  private static void checkBlocks(
      Ipv4Cidr vpc, List<SubnetLayout> subnets, List<LayoutProblem> problems) {
    for (int i = 0; i < subnets.size(); i++) {
      SubnetLayout s = subnets.get(i);
      if (!vpc.contains(s.cidr())) {
        problems.add(
            new LayoutProblem(
                "subnet " + s.name() + " block " + s.cidr() + " is not inside vpc.cidr " + vpc,
                s.pointer(),
                "give a block inside " + vpc));
      } else if (s.cidr().prefix() > 28) {
        problems.add(
            new LayoutProblem(
                "subnet " + s.name() + " block " + s.cidr() + " is smaller than EC2's /28",
                s.pointer(),
                "give a block from /16 to /28"));
      }
      for (int j = 0; j < i; j++) {
        SubnetLayout o = subnets.get(j);
        if (o.cidr().overlaps(s.cidr())) {
          problems.add(
              new LayoutProblem(
                  "subnets "
                      + o.name()
                      + " ("
                      + o.cidr()
                      + ") and "
                      + s.name()
                      + " ("
                      + s.cidr()
                      + ") overlap",
                  s.pointer(),
                  "give each subnet its own block"));
        }
      }
    }
  }
}
