package io.eksform.sandbox.ec2;

import io.eksform.sandbox.http.AwsError;
import io.eksform.sandbox.http.FormParams;
import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import io.eksform.sandbox.http.Xml;
import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.Ids;
import io.eksform.sandbox.state.Network;
import io.eksform.sandbox.state.SecurityGroup;
import io.eksform.sandbox.state.SecurityGroupRule;
import io.eksform.sandbox.state.Vpc;
import java.util.ArrayList;
import java.util.List;

/** CreateSecurityGroup, DeleteSecurityGroup, and the authorize and revoke calls for its rules. */
final class SecurityGroups {
  private final Account account;
  private final Ec2Lookup lookup;

  SecurityGroups(Account account) {
    this.account = account;
    this.lookup = new Ec2Lookup(account);
  }

  Reply create(SandboxRequest r) {
    FormParams form = r.form();
    String name = Ec2Lookup.required(form, "GroupName");
    String description = Ec2Lookup.required(form, "GroupDescription");
    String vpcId = form.get("VpcId", null);
    if (vpcId == null) {
      throw new AwsError("VPCIdNotSpecified", 400, "No default VPC for this user");
    }
    Vpc v = lookup.vpc(r, vpcId);
    if (name.equals("default")) {
      throw new AwsError(
          "InvalidGroup.Reserved",
          400,
          "The security group 'default' is reserved; its VPC already has one");
    }
    if (account.securityGroups().values().stream()
        .anyMatch(g -> g.vpcId().equals(v.id()) && g.name().equals(name))) {
      throw new AwsError(
          "InvalidGroup.Duplicate",
          400,
          "The security group '" + name + "' already exists for VPC '" + v.id() + "'");
    }
    String id = Ids.ec2("sg");
    SecurityGroup g =
        new SecurityGroup(
            r.region(),
            id,
            v.id(),
            name,
            description,
            Ec2Lookup.tagSpecifications(form),
            List.of(),
            List.of(SecurityGroupRule.allTrafficOut(Ids.ec2("sgr"))));
    account.securityGroups().put(id, g);
    Xml xml =
        Ec2Lookup.done(r, "CreateSecurityGroup")
            .leaf("groupId", id)
            .leaf(
                "securityGroupArn",
                "arn:aws:ec2:" + r.region() + ":" + account.id() + ":security-group/" + id);
    Ec2Xml.tags(xml, g.tags());
    return Reply.xml(xml.finish());
  }

  Reply delete(SandboxRequest r) {
    SecurityGroup g = named(r);
    if (g.isDefault()) {
      throw new AwsError(
          "CannotDelete",
          400,
          "the specified group: \"" + g.id() + "\" name: \"default\" cannot be deleted by a user");
    }
    if (Network.securityGroupInUse(account, g.id())) {
      throw new AwsError(
          "DependencyViolation", 400, "resource " + g.id() + " has a dependent object");
    }
    account.securityGroups().remove(g.id());
    Xml xml = Ec2Lookup.done(r, "DeleteSecurityGroup").leaf("groupId", g.id());
    return Reply.xml(xml.finish());
  }

  private SecurityGroup named(SandboxRequest r) {
    String id = r.form().get("GroupId", null);
    if (id != null) {
      return lookup.securityGroup(r, id);
    }
    String name = Ec2Lookup.required(r.form(), "GroupName");
    // Without an id a name means a group of the default VPC, which the sandbox's regions lack.
    throw new AwsError(
        "InvalidGroup.NotFound",
        400,
        "The security group '" + name + "' does not exist in default VPC 'none'");
  }

  Reply authorize(SandboxRequest r, boolean ingress) {
    SecurityGroup g = lookup.securityGroup(r, Ec2Lookup.required(r.form(), "GroupId"));
    List<SecurityGroupRule> asked = rules(r);
    List<SecurityGroupRule> current = new ArrayList<>(ingress ? g.ingress() : g.egress());
    for (SecurityGroupRule rule : asked) {
      if (current.stream().anyMatch(rule::sameAs)) {
        throw new AwsError(
            "InvalidPermission.Duplicate",
            400,
            "the specified rule \"peer: "
                + (rule.cidr() != null ? rule.cidr() : rule.groupId())
                + ", "
                + describe(rule)
                + ", ALLOW\" already exists");
      }
      current.add(rule);
    }
    account
        .securityGroups()
        .put(
            g.id(), ingress ? g.withRules(current, g.egress()) : g.withRules(g.ingress(), current));
    String operation = ingress ? "AuthorizeSecurityGroupIngress" : "AuthorizeSecurityGroupEgress";
    Xml xml = Ec2Lookup.done(r, operation).open("securityGroupRuleSet");
    for (SecurityGroupRule rule : asked) {
      xml.open("item")
          .leaf("securityGroupRuleId", rule.id())
          .leaf("groupId", g.id())
          .leaf("groupOwnerId", account.id())
          .leaf("isEgress", !ingress)
          .leaf("ipProtocol", rule.protocol())
          .leaf("fromPort", rule.fromPort() == null ? -1 : rule.fromPort())
          .leaf("toPort", rule.toPort() == null ? -1 : rule.toPort())
          .leaf("cidrIpv4", rule.cidr());
      if (rule.groupId() != null) {
        xml.open("referencedGroupInfo")
            .leaf("groupId", rule.groupId())
            .leaf("userId", account.id())
            .close();
      }
      xml.leaf(
              "securityGroupRuleArn",
              "arn:aws:ec2:"
                  + r.region()
                  + ":"
                  + account.id()
                  + ":security-group-rule/"
                  + rule.id())
          .close();
    }
    return Reply.xml(xml.finish());
  }

  Reply revoke(SandboxRequest r, boolean ingress) {
    SecurityGroup g = lookup.securityGroup(r, Ec2Lookup.required(r.form(), "GroupId"));
    List<SecurityGroupRule> current = new ArrayList<>(ingress ? g.ingress() : g.egress());
    for (SecurityGroupRule rule : rules(r)) {
      if (!current.removeIf(rule::sameAs)) {
        throw new AwsError(
            "InvalidPermission.NotFound",
            400,
            "The specified rule does not exist in this security group.");
      }
    }
    account
        .securityGroups()
        .put(
            g.id(), ingress ? g.withRules(current, g.egress()) : g.withRules(g.ingress(), current));
    String operation = ingress ? "RevokeSecurityGroupIngress" : "RevokeSecurityGroupEgress";
    return Reply.xml(Ec2Lookup.done(r, operation).finish());
  }

  private static String describe(SecurityGroupRule rule) {
    if (rule.protocol().equals("-1")) {
      return "ALL";
    }
    return "protocol: " + rule.protocol() + ", ports: " + rule.fromPort() + "-" + rule.toPort();
  }

  /** The rules of {@code IpPermissions.N}: one per peer (CIDR or group) of each permission. */
  private List<SecurityGroupRule> rules(SandboxRequest r) {
    FormParams form = r.form();
    List<SecurityGroupRule> out = new ArrayList<>();
    int n = form.count("IpPermissions", "IpProtocol");
    if (n == 0) {
      throw new AwsError(
          "MissingParameter", 400, "The request must contain the parameter IpPermissions");
    }
    for (int i = 1; i <= n; i++) {
      String prefix = "IpPermissions." + i + ".";
      String protocol = protocol(form.get(prefix + "IpProtocol", "-1"));
      Integer from = port(form, prefix + "FromPort", protocol);
      Integer to = port(form, prefix + "ToPort", protocol);
      int peers = 0;
      for (int j = 1; form.has(prefix + "IpRanges." + j + ".CidrIp"); j++) {
        String cidr = form.get(prefix + "IpRanges." + j + ".CidrIp", "");
        out.add(new SecurityGroupRule(Ids.ec2("sgr"), protocol, from, to, cidr, null));
        peers++;
      }
      for (int j = 1; form.has(prefix + "Groups." + j + ".GroupId"); j++) {
        String group = form.get(prefix + "Groups." + j + ".GroupId", "");
        lookup.securityGroup(r, group);
        out.add(new SecurityGroupRule(Ids.ec2("sgr"), protocol, from, to, null, group));
        peers++;
      }
      if (peers == 0) {
        throw new AwsError(
            "InvalidParameterValue",
            400,
            "The request must name at least one peer (IpRanges or Groups) for each permission");
      }
    }
    return out;
  }

  private static String protocol(String asked) {
    return switch (asked.toLowerCase(java.util.Locale.ROOT)) {
      case "all", "-1" -> "-1";
      case "6" -> "tcp";
      case "17" -> "udp";
      case "1" -> "icmp";
      default -> asked.toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static Integer port(FormParams form, String name, String protocol) {
    if (protocol.equals("-1")) {
      return null;
    }
    String text = form.get(name, null);
    if (text == null) {
      throw new AwsError(
          "InvalidParameterValue",
          400,
          "Invalid value 'null' for " + name + ". You must specify a port range for " + protocol);
    }
    return Integer.parseInt(text);
  }
}
