package io.eksform.sandbox.ec2;

import io.eksform.sandbox.http.AwsError;
import io.eksform.sandbox.http.FormParams;
import io.eksform.sandbox.http.SandboxRequest;
import io.eksform.sandbox.http.Xml;
import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.Address;
import io.eksform.sandbox.state.InternetGateway;
import io.eksform.sandbox.state.NatGateway;
import io.eksform.sandbox.state.RouteTable;
import io.eksform.sandbox.state.SecurityGroup;
import io.eksform.sandbox.state.Subnet;
import io.eksform.sandbox.state.Vpc;
import java.util.LinkedHashMap;
import java.util.Map;

/** Finds the EC2 resource a call names in the caller's region, or answers with EC2's not-found. */
final class Ec2Lookup {
  private final Account account;

  Ec2Lookup(Account account) {
    this.account = account;
  }

  static String required(FormParams form, String name) {
    return form.get(name)
        .filter(v -> !v.isEmpty())
        .orElseThrow(
            () ->
                new AwsError(
                    "MissingParameter", 400, "The request must contain the parameter " + name));
  }

  /** The tags of every {@code TagSpecification.N} of the request. */
  static Map<String, String> tagSpecifications(FormParams form) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (int i = 1; form.has("TagSpecification." + i); i++) {
      tags.putAll(form.pairs("TagSpecification." + i + ".Tag", "Key", "Value"));
    }
    return tags;
  }

  /** The start of a response document, with its request id. */
  static Xml response(SandboxRequest r, String operation) {
    return Xml.document(operation + "Response", Ec2Xml.NAMESPACE).leaf("requestId", r.requestId());
  }

  /** A response that only says the call worked. */
  static Xml done(SandboxRequest r, String operation) {
    return response(r, operation).leaf("return", true);
  }

  private static AwsError notFound(String code, String noun, String id) {
    return new AwsError(code, 400, "The " + noun + " ID '" + id + "' does not exist");
  }

  private static <T> T inRegion(T item, String itemRegion, SandboxRequest r) {
    return item != null && itemRegion.equals(r.region()) ? item : null;
  }

  Vpc vpc(SandboxRequest r, String id) {
    Vpc v = account.vpcs().get(id);
    if (v == null || inRegion(v, v.region(), r) == null) {
      throw notFound("InvalidVpcID.NotFound", "vpc", id);
    }
    return v;
  }

  Subnet subnet(SandboxRequest r, String id) {
    Subnet s = account.subnets().get(id);
    if (s == null || inRegion(s, s.region(), r) == null) {
      throw notFound("InvalidSubnetID.NotFound", "subnet", id);
    }
    return s;
  }

  RouteTable routeTable(SandboxRequest r, String id) {
    RouteTable t = account.routeTables().get(id);
    if (t == null || inRegion(t, t.region(), r) == null) {
      throw notFound("InvalidRouteTableID.NotFound", "routeTable", id);
    }
    return t;
  }

  InternetGateway internetGateway(SandboxRequest r, String id) {
    InternetGateway g = account.internetGateways().get(id);
    if (g == null || inRegion(g, g.region(), r) == null) {
      throw notFound("InvalidInternetGatewayID.NotFound", "internetGateway", id);
    }
    return g;
  }

  NatGateway natGateway(SandboxRequest r, String id) {
    NatGateway n = account.natGateways().get(id);
    if (n == null || inRegion(n, n.region(), r) == null) {
      throw new AwsError("NatGatewayNotFound", 400, "NAT gateway " + id + " was not found");
    }
    return n;
  }

  SecurityGroup securityGroup(SandboxRequest r, String id) {
    SecurityGroup g = account.securityGroups().get(id);
    if (g == null || inRegion(g, g.region(), r) == null) {
      throw new AwsError(
          "InvalidGroup.NotFound", 400, "The security group '" + id + "' does not exist");
    }
    return g;
  }

  Address address(SandboxRequest r, String allocationId) {
    Address a = account.addresses().get(allocationId);
    if (a == null || inRegion(a, a.region(), r) == null) {
      throw new AwsError(
          "InvalidAllocationID.NotFound",
          400,
          "The allocation ID '" + allocationId + "' does not exist");
    }
    return a;
  }
}
