package io.eksform.sandbox.ec2;

import io.eksform.sandbox.http.AwsError;
import io.eksform.sandbox.http.Xml;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Launch template data between its three spellings: the request's flattened query parameters
 * ({@code BlockDeviceMapping.1.Ebs.VolumeSize}), the stored form keyed by member names ({@code
 * BlockDeviceMappings[0].Ebs.VolumeSize}, as the AWS CLI writes it) and the response XML ({@code
 * blockDeviceMappingSet/item/ebs/volumeSize}). A list's wire name is its member name without the
 * trailing {@code s}, and its response element that name with a lower-case first letter and {@code
 * Set}; the few lists of the EC2 model that break the rule are listed, so that members the sandbox
 * does not know still travel unchanged.
 */
final class LaunchTemplateData {
  /** The wire name, response element and response item element of one list member. */
  private record ListNames(String wire, String element, String item) {}

  /** Lists whose names break the rule, keyed by {@code parentMember/member}. */
  private static final Map<String, ListNames> EXCEPTIONS =
      Map.of(
          "NetworkInterfaces/Groups", new ListNames("SecurityGroupId", "groupSet", "groupId"),
          "NetworkInterfaces/Ipv6Addresses",
              new ListNames("Ipv6Addresses", "ipv6AddressesSet", "item"),
          "NetworkInterfaces/PrivateIpAddresses",
              new ListNames("PrivateIpAddresses", "privateIpAddressesSet", "item"),
          "NetworkInterfaces/Ipv4Prefixes", new ListNames("Ipv4Prefix", "ipv4PrefixSet", "item"),
          "NetworkInterfaces/Ipv6Prefixes", new ListNames("Ipv6Prefix", "ipv6PrefixSet", "item"),
          "SecondaryInterfaces/PrivateIpAddresses",
              new ListNames("PrivateIpAddress", "privateIpAddressesSet", "item"),
          "/LicenseSpecifications", new ListNames("LicenseSpecification", "licenseSet", "item"));

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private LaunchTemplateData() {}

  /** The stored form of the parameters under {@code LaunchTemplateData.} (keys without it). */
  static ObjectNode fromQuery(Map<String, String> parameters) {
    Map<String, Object> root = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : parameters.entrySet()) {
      put(root, "", e.getKey().split("\\."), 0, e.getKey(), e.getValue());
    }
    return (ObjectNode) toJson(root);
  }

  @SuppressWarnings("unchecked")
  private static void put(
      Map<String, Object> into, String context, String[] path, int at, String whole, String value) {
    String name = capitalized(path[at]);
    if (at == path.length - 1) {
      into.put(name, value);
      return;
    }
    if (!isIndex(path[at + 1])) {
      Object child = into.computeIfAbsent(name, k -> new LinkedHashMap<String, Object>());
      if (!(child instanceof Map)) {
        throw malformed(whole);
      }
      put((Map<String, Object>) child, name, path, at + 1, whole, value);
      return;
    }
    String member = memberOfList(context, name);
    Object list = into.computeIfAbsent(member, k -> new TreeMap<Integer, Object>());
    if (!(list instanceof TreeMap)) {
      throw malformed(whole);
    }
    TreeMap<Integer, Object> items = (TreeMap<Integer, Object>) list;
    int index = Integer.parseInt(path[at + 1]);
    if (at + 1 == path.length - 1) {
      items.put(index, value);
      return;
    }
    Object item = items.computeIfAbsent(index, k -> new LinkedHashMap<String, Object>());
    if (!(item instanceof Map)) {
      throw malformed(whole);
    }
    put((Map<String, Object>) item, member, path, at + 2, whole, value);
  }

  private static AwsError malformed(String parameter) {
    return new AwsError(
        "InvalidParameterValue",
        400,
        "The parameter LaunchTemplateData." + parameter + " is not valid.");
  }

  private static boolean isIndex(String segment) {
    return !segment.isEmpty() && segment.chars().allMatch(Character::isDigit);
  }

  private static String capitalized(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String memberOfList(String context, String wire) {
    for (Map.Entry<String, ListNames> e : EXCEPTIONS.entrySet()) {
      String[] key = e.getKey().split("/");
      if (key[0].equals(context) && e.getValue().wire().equals(wire)) {
        return key[1];
      }
    }
    return wire + "s";
  }

  @SuppressWarnings("unchecked")
  private static JsonNode toJson(Object value) {
    if (value instanceof TreeMap<?, ?> items) {
      ArrayNode array = NODES.arrayNode();
      items.values().forEach(item -> array.add(toJson(item)));
      return array;
    }
    if (value instanceof Map<?, ?> members) {
      ObjectNode object = NODES.objectNode();
      ((Map<String, Object>) members).forEach((k, v) -> object.set(k, toJson(v)));
      return object;
    }
    return NODES.stringNode((String) value);
  }

  /**
   * Writes stored data as the members of a {@code launchTemplateData} element. {@code data} holds
   * member names; the response uses each member's XML name.
   */
  static void toXml(Xml xml, JsonNode data) {
    members(xml, "", data);
  }

  private static void members(Xml xml, String context, JsonNode object) {
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      String member = e.getKey();
      JsonNode value = e.getValue();
      if (value.isArray()) {
        ListNames names = listNames(context, member);
        xml.open(names.element());
        for (JsonNode item : value) {
          if (item.isObject()) {
            xml.open(names.item());
            members(xml, member, item);
            xml.close();
          } else {
            xml.leaf(names.item(), item.asString());
          }
        }
        xml.close();
      } else if (value.isObject()) {
        xml.open(lowerFirst(member));
        members(xml, member, value);
        xml.close();
      } else {
        xml.leaf(lowerFirst(member), value.asString());
      }
    }
  }

  private static ListNames listNames(String context, String member) {
    ListNames exception = EXCEPTIONS.get(context + "/" + member);
    if (exception != null) {
      return exception;
    }
    String wire = member.endsWith("s") ? member.substring(0, member.length() - 1) : member;
    return new ListNames(wire, lowerFirst(wire) + "Set", "item");
  }

  private static String lowerFirst(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /**
   * A new version's data: the source version's members, with the members the request names replaced
   * as a whole.
   */
  static ObjectNode merge(JsonNode source, ObjectNode changes) {
    ObjectNode out = source.deepCopy() instanceof ObjectNode o ? o : NODES.objectNode();
    changes.properties().forEach(e -> out.set(e.getKey(), e.getValue().deepCopy()));
    return out;
  }
}
