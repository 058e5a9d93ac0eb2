package io.eksform.engine.resource.network;

import io.eksform.engine.apply.Fields;
import io.eksform.engine.apply.Step;
import io.eksform.engine.apply.StepContext;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;
import tools.jackson.databind.JsonNode;

/**
 * Makes one security group (or adopts the one an earlier run made) and authorizes each of its
 * ingress rules that is missing; EC2 keeps its default rule letting all traffic out.
 */
final class EnsureSecurityGroupStep implements Step {
  private final JsonNode after;

  EnsureSecurityGroupStep(JsonNode after) {
    this.after = after;
  }

  @Override
  public String verb() {
    return "creating";
  }

  @Override
  public void run(StepContext ctx) {
    var ec2 = ctx.aws().ec2();
    String id =
        TaggedEc2.find(ctx, "security_group", ctx.address().toString())
            .orElseGet(
                () -> {
                  String vpc = TaggedEc2.require(ctx, Fields.text(after, "vpc"));
                  return ec2.createSecurityGroup(
                          r ->
                              r.vpcId(vpc)
                                  .groupName(Fields.text(after, "name"))
                                  .description(Fields.text(after, "description"))
                                  .tagSpecifications(
                                      TaggedEc2.tags(
                                          ctx,
                                          ResourceType.SECURITY_GROUP,
                                          Fields.map(after, "tags"))))
                      .groupId();
                });
    SecurityGroup group = ec2.describeSecurityGroups(r -> r.groupIds(id)).securityGroups().get(0);
    for (JsonNode rule : after.path("ingress")) {
      String source = TaggedEc2.require(ctx, rule.path("source").asString());
      String protocol = rule.path("protocol").asString();
      boolean present =
          group.ipPermissions().stream()
              .anyMatch(
                  p ->
                      protocol.equals(p.ipProtocol())
                          && p.userIdGroupPairs().stream()
                              .anyMatch(g -> source.equals(g.groupId())));
      if (present) {
        continue;
      }
      IpPermission permission =
          IpPermission.builder()
              .ipProtocol(protocol)
              .fromPort(protocol.equals("-1") ? null : 0)
              .toPort(protocol.equals("-1") ? null : 65535)
              .userIdGroupPairs(
                  UserIdGroupPair.builder()
                      .groupId(source)
                      .description(rule.path("description").asString(""))
                      .build())
              .build();
      try {
        ec2.authorizeSecurityGroupIngress(r -> r.groupId(id).ipPermissions(permission));
      } catch (Ec2Exception e) {
        // Authorized by another run between the read and this call: the rule is there.
        if (!"InvalidPermission.Duplicate".equals(e.awsErrorDetails().errorCode())) {
          throw e;
        }
      }
    }
  }
}
