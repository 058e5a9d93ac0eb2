package io.eksform.sandbox.ec2;

import io.eksform.sandbox.http.AwsError;
import io.eksform.sandbox.http.Operation;
import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import io.eksform.sandbox.http.ServiceApi;
import io.eksform.sandbox.http.Xml;
import io.eksform.sandbox.state.Account;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/** Amazon EC2 (EC2 query protocol): dispatches on {@code Action}, renders EC2's error XML. */
public final class Ec2Api implements ServiceApi {
  private final Account account;
  private final Create create;
  private final LaunchTemplateOperations launchTemplates;
  private final LaunchTemplateQueries launchTemplateQueries;

  /** The EC2 API of an account. */
  public Ec2Api(Account account, Clock clock) {
    this.account = account;
    this.create = new Create(account, clock);
    this.launchTemplates = new LaunchTemplateOperations(account, clock);
    this.launchTemplateQueries = new LaunchTemplateQueries(account);
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
      case "CreateTags" -> Operation.write(action, () -> create.createTags(r));
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
