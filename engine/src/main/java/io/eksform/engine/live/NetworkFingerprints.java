package io.eksform.engine.live;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The fingerprints of a cluster's network: one per object, and one of the set of objects, so that
 * an object made or deleted since the plan (another run's) makes the plan stale too.
 */
final class NetworkFingerprints {
  private NetworkFingerprints() {}

  static SortedMap<String, String> of(String cluster, LiveNetwork network) {
    SortedMap<String, String> out = new TreeMap<>();
    for (LiveNetworkObject o : network.objects()) {
      out.put("ec2:" + o.type() + "/" + o.id(), Fingerprints.of(o));
    }
    List<String> ids = network.objects().stream().map(LiveNetworkObject::id).sorted().toList();
    out.put("ec2:network/" + cluster, Fingerprints.of(ids));
    return out;
  }
}
