package io.eksform.engine.desired;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The existing VPC a config puts a new cluster in: {@code vpc.id}, the subnets named by id under
 * {@code vpc.subnets.private} and {@code vpc.subnets.public}, and the control plane's security
 * groups ({@code vpc.securityGroup}, {@code vpc.controlPlaneSecurityGroupIDs}).
 */
public record ConfigVpc(
    Optional<String> id, List<Subnet> subnets, List<String> controlPlaneSecurityGroups) {
  private static final Pattern SUBNET_ID =
      Pattern.compile("^/vpc/subnets/(private|public)/([^/]+)/id$");
  private static final Pattern CONTROL_PLANE_SG =
      Pattern.compile("^/vpc/controlPlaneSecurityGroupIDs/\\d+$");

  /** A subnet the config names by id, with the key it is listed under and where. */
  public record Subnet(String id, boolean isPrivate, String key, String pointer) {}

  public ConfigVpc {
    subnets = List.copyOf(subnets);
    controlPlaneSecurityGroups = List.copyOf(controlPlaneSecurityGroups);
  }

  /** What the config's {@code vpc} says of an existing VPC. */
  public static ConfigVpc of(ConfigFields fields) {
    List<Subnet> subnets = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    fields.value("/vpc/securityGroup").ifPresent(groups::add);
    for (ConfigField f : fields.values()) {
      Matcher m = SUBNET_ID.matcher(f.pointer());
      if (m.matches()) {
        subnets.add(new Subnet(f.value(), m.group(1).equals("private"), m.group(2), f.pointer()));
      } else if (CONTROL_PLANE_SG.matcher(f.pointer()).matches() && !groups.contains(f.value())) {
        groups.add(f.value());
      }
    }
    return new ConfigVpc(fields.value("/vpc/id"), subnets, groups);
  }

  /** The ids of the subnets, in the config's order, each once. */
  public List<String> subnetIds() {
    return subnets.stream().map(Subnet::id).distinct().toList();
  }

  /** True when the config names subnets of an existing VPC (eksform then makes no network). */
  public boolean existing() {
    return id.isPresent() || !subnets.isEmpty();
  }
}
