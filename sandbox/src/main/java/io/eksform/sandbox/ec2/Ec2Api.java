package io.eksform.sandbox.ec2;

import io.eksform.sandbox.http.AwsError;
import io.eksform.sandbox.http.Operation;
import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import io.eksform.sandbox.http.ServiceApi;
import io.eksform.sandbox.http.Xml;
import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.Network;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/** Amazon EC2 (EC2 query protocol): dispatches on {@code Action}, renders EC2's error XML. */
public final class Ec2Api implements ServiceApi {
  private final Account account;
  private final Create create;
  private final LaunchTemplateOperations launchTemplates;
  private final LaunchTemplateQueries launchTemplateQueries;
  private final Teardown teardown;
  private final SecurityGroups securityGroups;
  private final Addresses addresses;
  private final Attributes attributes;
  private final Tagging tagging;

  /** The EC2 API of an account. */
  public Ec2Api(Account account, Clock clock) {
    this.account = account;
    this.create = new Create(account, clock);
    this.launchTemplates = new LaunchTemplateOperations(account, clock);
    this.launchTemplateQueries = new LaunchTemplateQueries(account);
    this.teardown = new Teardown(account, clock);
    this.securityGroups = new SecurityGroups(account);
    this.addresses = new Addresses(account);
    this.attributes = new Attributes(account);
    this.tagging = new Tagging(account);
  }

  @Override
  public Operation route(SandboxRequest r) {
    String action = r.form().get("Action", "");
    return switch (action) {
      case "DescribeVpcs" ->
          Operation.read(
              action, () -> Describe.run(r, Ec2Kinds.vpcs(account), account.vpcs().values()));
      case "DescribeSubnets" ->
          Operation.read(
              action, () -> Describe.run(r, Ec2Kinds.subnets(account), account.subnets().values()));
      case "DescribeRouteTables" ->
          Operation.read(
              action,
              () -> Describe.run(r, Ec2Kinds.routeTables(account), account.routeTables().values()));
      case "DescribeInternetGateways" ->
          Operation.read(
              action,
              () ->
                  Describe.run(
                      r, Ec2Kinds.internetGateways(account), account.internetGateways().values()));
      case "DescribeNatGateways" ->
          Operation.read(
              action,
              () -> Describe.run(r, Ec2Kinds.natGateways(account), account.natGateways().values()));
      case "DescribeSecurityGroups" ->
          Operation.read(
              action,
              () ->
                  Describe.run(
                      r, Ec2Kinds.securityGroups(account), account.securityGroups().values()));
      case "CreateVpc" -> Operation.write(action, () -> create.createVpc(r));
      case "CreateSubnet" -> Operation.write(action, () -> create.createSubnet(r));
      case "CreateRouteTable" -> Operation.write(action, () -> create.createRouteTable(r));
      case "CreateRoute" -> Operation.write(action, () -> create.createRoute(r));
      case "AssociateRouteTable" -> Operation.write(action, () -> create.associateRouteTable(r));
      case "CreateInternetGateway" ->
          Operation.write(action, () -> create.createInternetGateway(r));
      case "AttachInternetGateway" ->
          Operation.write(action, () -> create.attachInternetGateway(r));
      case "CreateNatGateway" -> Operation.write(action, () -> create.createNatGateway(r));
      case "CreateTags" -> Operation.write(action, () -> tagging.create(r));
      case "DeleteTags" -> Operation.write(action, () -> tagging.delete(r));
      case "DescribeAddresses" ->
          Operation.read(
              action,
              () -> Describe.run(r, Ec2Kinds.addresses(account), account.addresses().values()));
      case "DescribeAvailabilityZones" ->
          Operation.read(
              action,
              () ->
                  Describe.run(
                      r,
                      Ec2Kinds.zones(),
                      Network.zones(r.region()).stream()
                          .map(z -> new Ec2Kinds.Zone(r.region(), z))
                          .toList()));
      case "DescribeNetworkInterfaces" ->
          Operation.read(
              action,
              () ->
                  Describe.run(r, NetworkInterfaces.kind(account), NetworkInterfaces.of(account)));
      case "DescribeNetworkAcls" ->
          Operation.read(
              action,
              () ->
                  Describe.run(r, Ec2Kinds.networkAcls(account), Ec2Kinds.networkAclsOf(account)));
      case "DescribeVpcAttribute" -> Operation.read(action, () -> attributes.describeVpc(r));
      case "ModifyVpcAttribute" -> Operation.write(action, () -> attributes.modifyVpc(r));
      case "ModifySubnetAttribute" -> Operation.write(action, () -> attributes.modifySubnet(r));
      case "DeleteVpc" -> Operation.write(action, () -> teardown.deleteVpc(r));
      case "DeleteSubnet" -> Operation.write(action, () -> teardown.deleteSubnet(r));
      case "DeleteRouteTable" -> Operation.write(action, () -> teardown.deleteRouteTable(r));
      case "DeleteRoute" -> Operation.write(action, () -> teardown.deleteRoute(r));
      case "DisassociateRouteTable" ->
          Operation.write(action, () -> teardown.disassociateRouteTable(r));
      case "DetachInternetGateway" ->
          Operation.write(action, () -> teardown.detachInternetGateway(r));
      case "DeleteInternetGateway" ->
          Operation.write(action, () -> teardown.deleteInternetGateway(r));
      case "DeleteNatGateway" -> Operation.write(action, () -> teardown.deleteNatGateway(r));
      case "AllocateAddress" -> Operation.write(action, () -> addresses.allocate(r));
      case "ReleaseAddress" -> Operation.write(action, () -> addresses.release(r));
      case "CreateSecurityGroup" -> Operation.write(action, () -> securityGroups.create(r));
      case "DeleteSecurityGroup" -> Operation.write(action, () -> securityGroups.delete(r));
      case "AuthorizeSecurityGroupIngress" ->
          Operation.write(action, () -> securityGroups.authorize(r, true));
      case "AuthorizeSecurityGroupEgress" ->
          Operation.write(action, () -> securityGroups.authorize(r, false));
      case "RevokeSecurityGroupIngress" ->
          Operation.write(action, () -> securityGroups.revoke(r, true));
      case "RevokeSecurityGroupEgress" ->
          Operation.write(action, () -> securityGroups.revoke(r, false));
      case "DescribeLaunchTemplates" ->
          Operation.read(action, () -> launchTemplateQueries.describe(r));
      case "DescribeLaunchTemplateVersions" ->
          Operation.read(action, () -> launchTemplateQueries.describeVersions(r));
      case "CreateLaunchTemplate" -> Operation.write(action, () -> launchTemplates.create(r));
      case "CreateLaunchTemplateVersion" ->
          Operation.write(action, () -> launchTemplates.createVersion(r));
      case "ModifyLaunchTemplate" -> Operation.write(action, () -> launchTemplates.modify(r));
      case "DeleteLaunchTemplate" -> Operation.write(action, () -> launchTemplates.delete(r));
      default ->
          throw new AwsError(
              "InvalidAction",
              400,
              "The action " + action + " is not valid for this web service (the sandbox).");
    };
  }

  @Override
  public Reply error(AwsError error, SandboxRequest request) {
    String body =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>"
            + Xml.escape(error.code())
            + "</Code><Message>"
            + Xml.escape(error.getMessage())
            + "</Message></Error></Errors><RequestID>"
            + request.requestId()
            + "</RequestID></Response>";
    return new Reply(error.status(), "text/xml", body.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  @Override
  public AwsError throttled() {
    return new AwsError("RequestLimitExceeded", 503, "Request limit exceeded.");
  }

  @Override
  public AwsError internalFailure() {
    return new AwsError("InternalError", 500, "An internal error has occurred");
  }
}
