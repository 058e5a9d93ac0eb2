package io.eksform.engine.resource.network;

import io.eksform.engine.plan.ResourceAddress;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * One EC2 object of the network as the plan shows it: its address, its attributes (other objects
 * named by their addresses, ids not known before apply as unknowns), the objects it needs first,
 * the config pointer that asks for it, and why it is made.
 */
record DesiredObject(
    ResourceAddress address,
    ObjectNode after,
    List<ResourceAddress> dependsOn,
    String pointer,
    String reason) {
  DesiredObject {
    dependsOn = List.copyOf(dependsOn);
  }
}
