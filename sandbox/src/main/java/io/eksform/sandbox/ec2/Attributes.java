package io.eksform.sandbox.ec2;

import io.eksform.sandbox.http.AwsError;
import io.eksform.sandbox.http.FormParams;
import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import io.eksform.sandbox.http.Xml;
import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.Subnet;
import io.eksform.sandbox.state.Vpc;
import java.util.ArrayList;
import java.util.List;

/** ModifyVpcAttribute, DescribeVpcAttribute and ModifySubnetAttribute: one attribute per call. */
final class Attributes {
  private static final List<String> VPC_ATTRIBUTES =
      List.of("EnableDnsSupport", "EnableDnsHostnames");
  private static final List<String> SUBNET_ATTRIBUTES =
      List.of("MapPublicIpOnLaunch", "AssignIpv6AddressOnCreation");

  private final Account account;
  private final Ec2Lookup lookup;

  Attributes(Account account) {
    this.account = account;
    this.lookup = new Ec2Lookup(account);
  }

  /** The one attribute a Modify call sets, from {@code <Name>.Value}. */
  private static String single(FormParams form, List<String> known) {
    List<String> named = new ArrayList<>();
    for (String name : known) {
      if (form.has(name + ".Value")) {
        named.add(name);
      }
    }
    if (named.size() > 1) {
      throw new AwsError(
          "InvalidParameterCombination",
          400,
          "Fields for multiple attribute types specified: " + String.join(", ", named));
    }
    if (named.isEmpty()) {
      throw new AwsError(
          "MissingParameter",
          400,
          "The request must contain one of the parameters " + String.join(", ", known));
    }
    return named.get(0);
  }

  private static boolean value(FormParams form, String attribute) {
    String text = form.get(attribute + ".Value", "");
    if (!text.equals("true") && !text.equals("false")) {
      throw new AwsError(
          "InvalidParameterValue",
          400,
          "Invalid value '" + text + "' for " + attribute + ". Expecting true or false.");
    }
    return text.equals("true");
  }

  Reply modifyVpc(SandboxRequest r) {
    Vpc v = lookup.vpc(r, Ec2Lookup.required(r.form(), "VpcId"));
    String attribute = single(r.form(), VPC_ATTRIBUTES);
    boolean on = value(r.form(), attribute);
    boolean support = attribute.equals("EnableDnsSupport") ? on : v.enableDnsSupport();
    boolean hostnames = attribute.equals("EnableDnsHostnames") ? on : v.enableDnsHostnames();
    if (hostnames && !support) {
      throw new AwsError(
          "InvalidParameterValue",
          400,
          "DNS hostnames need DNS support: enableDnsHostnames cannot be true while"
              + " enableDnsSupport is false");
    }
    account.vpcs().put(v.id(), v.withDns(support, hostnames));
    return Reply.xml(Ec2Lookup.done(r, "ModifyVpcAttribute").finish());
  }

  Reply describeVpc(SandboxRequest r) {
    Vpc v = lookup.vpc(r, Ec2Lookup.required(r.form(), "VpcId"));
    String attribute = Ec2Lookup.required(r.form(), "Attribute");
    boolean on =
        switch (attribute) {
          case "enableDnsSupport" -> v.enableDnsSupport();
          case "enableDnsHostnames" -> v.enableDnsHostnames();
          default ->
              throw new AwsError(
                  "InvalidParameterValue",
                  400,
                  "Value ("
                      + attribute
                      + ") for parameter attribute is invalid. The sandbox knows"
                      + " enableDnsSupport and enableDnsHostnames.");
        };
    Xml xml =
        Ec2Lookup.response(r, "DescribeVpcAttribute")
            .leaf("vpcId", v.id())
            .open(attribute)
            .leaf("value", on)
            .close();
    return Reply.xml(xml.finish());
  }

  Reply modifySubnet(SandboxRequest r) {
    Subnet s = lookup.subnet(r, Ec2Lookup.required(r.form(), "SubnetId"));
    String attribute = single(r.form(), SUBNET_ATTRIBUTES);
    boolean on = value(r.form(), attribute);
    if (attribute.equals("AssignIpv6AddressOnCreation")) {
      if (on) {
        // The sandbox's subnets have no IPv6 block, and AWS refuses the flag without one.
        throw new AwsError(
            "InvalidParameterValue",
            400,
            "Invalid value 'true' for assignIpv6AddressOnCreation. Cannot set"
                + " assignIpv6AddressOnCreation to true unless the subnet ("
                + s.id()
                + ") has an IPv6 CIDR block associated with it.");
      }
    } else {
      account.subnets().put(s.id(), s.withMapPublicIpOnLaunch(on));
    }
    return Reply.xml(Ec2Lookup.done(r, "ModifySubnetAttribute").finish());
  }
}
