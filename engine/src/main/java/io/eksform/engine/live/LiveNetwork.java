package io.eksform.engine.live;

import java.util.List;
import java.util.Optional;

/**
 * The network eksform or eksctl made for the cluster, found by the tags each gave it ({@code
 * eksform.io/cluster}, {@code alpha.eksctl.io/cluster-name}); the region's availability zones, when
 * a plan may have to choose some; whether it was read at all; and the network interfaces in those
 * VPCs that neither made (an instance someone launched), which keep a VPC from being deleted.
 */
public record LiveNetwork(
    boolean read,
    List<LiveZone> zones,
    List<LiveNetworkObject> objects,
    List<LiveNetworkObject> strangers) {
  /**
   * Nothing read: the config names its VPC, or the snapshot was built without EC2 (so a plan knows
   * nothing of the network, not that there is none).
   */
  public static final LiveNetwork NONE = new LiveNetwork(false, List.of(), List.of(), List.of());

  /** A network read from EC2. */
  public LiveNetwork(
      List<LiveZone> zones, List<LiveNetworkObject> objects, List<LiveNetworkObject> strangers) {
    this(true, zones, objects, strangers);
  }

  public LiveNetwork {
    zones = List.copyOf(zones);
    objects = List.copyOf(objects);
    strangers = List.copyOf(strangers);
  }

  /** The objects of one address type. */
  public List<LiveNetworkObject> ofType(String type) {
    return objects.stream().filter(o -> o.type().equals(type)).toList();
  }

  /** The object whose {@code eksform.io/resource} tag names this address. */
  public Optional<LiveNetworkObject> byResourceTag(String address) {
    return objects.stream().filter(o -> o.tag("eksform.io/resource").equals(address)).findFirst();
  }

  /** The object of that id. */
  public Optional<LiveNetworkObject> byId(String id) {
    return objects.stream().filter(o -> o.id().equals(id)).findFirst();
  }
}
