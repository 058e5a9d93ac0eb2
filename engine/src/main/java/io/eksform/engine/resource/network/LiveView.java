package io.eksform.engine.resource.network;

import io.eksform.engine.live.LiveNetworkObject;
import java.util.Arrays;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A live network object in the shape of its desired one ({@link NetworkObjects}): ids of the
 * objects it refers to turned into their addresses (through {@code addresses}, id to address), and
 * what EC2 does not report (descriptions, DNS settings, tags eksform does not compare) taken from
 * the desired object, so that a comparison sees only what EC2 says differs.
 */
final class LiveView {
  /** The {@code vpc} of an internet gateway attached to none. */
  static final String DETACHED = "(detached)";

  private LiveView() {}

  static ObjectNode of(LiveNetworkObject live, ObjectNode after, Map<String, String> addresses) {
    ObjectNode out = after.deepCopy();
    out.put("id", live.id());
    if (after.has("vpc")) {
      out.put("vpc", addresses.getOrDefault(live.vpcId(), live.vpcId()));
    }
    switch (live.type()) {
      case "vpc" -> {
        out.put("cidr", live.fact("cidr"));
        out.put("enable_dns_support", live.fact("enable_dns_support").equals("true"));
        out.put("enable_dns_hostnames", live.fact("enable_dns_hostnames").equals("true"));
      }
      case "internet_gateway" -> {
        if (live.vpcId().isEmpty()) {
          out.put("vpc", DETACHED);
        }
      }
      case "subnet" -> {
        out.put("cidr", live.fact("cidr"));
        out.put("zone", live.fact("zone"));
        out.put("map_public_ip_on_launch", live.fact("map_public_ip_on_launch").equals("true"));
      }
      case "nat_gateway" -> {
        out.put("subnet", addresses.getOrDefault(live.fact("subnet"), live.fact("subnet")));
        out.put(
            "elastic_ip", addresses.getOrDefault(live.fact("allocation"), live.fact("allocation")));
      }
      case "route_table" -> {
        ArrayNode routes = out.putArray("routes");
        for (String r : split(live.fact("routes"))) {
          String[] parts = r.split(">", 2);
          ObjectNode route = routes.addObject();
          route.put("destination", parts[0]);
          route.put("target", addresses.getOrDefault(parts[1], parts[1]));
        }
        ArrayNode subnets = out.putArray("subnets");
        split(live.fact("associations")).stream()
            .map(a -> a.split("=", 2)[0])
            .map(s -> addresses.getOrDefault(s, s))
            .sorted()
            .forEach(subnets::add);
      }
      case "security_group" -> {
        out.put("name", live.fact("name"));
        ArrayNode ingress = out.putArray("ingress");
        for (String r : split(live.fact("ingress"))) {
          String[] parts = r.split(":", 3);
          ObjectNode rule = ingress.addObject();
          rule.put("protocol", parts[0]);
          rule.put("ports", parts[1]);
          rule.put("source", addresses.getOrDefault(parts[2], parts[2]));
          rule.put("description", description(after, rule));
        }
      }
      default -> {}
    }
    return out;
  }

  private static String description(ObjectNode after, ObjectNode rule) {
    for (JsonNode r : after.path("ingress")) {
      if (r.path("protocol").equals(rule.path("protocol"))
          && r.path("ports").equals(rule.path("ports"))
          && r.path("source").equals(rule.path("source"))) {
        return r.path("description").asString("");
      }
    }
    return "";
  }

  private static java.util.List<String> split(String text) {
    return text.isEmpty() ? java.util.List.of() : Arrays.asList(text.split(","));
  }
}
