package io.eksform.sandbox.eks;

import io.eksform.sandbox.http.AwsError;
import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import io.eksform.sandbox.state.Addon;
import io.eksform.sandbox.state.Cluster;
import io.eksform.sandbox.state.FargateProfile;
import io.eksform.sandbox.state.Nodegroup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import tools.jackson.databind.node.ObjectNode;

/**
 * TagResource, UntagResource and ListTagsForResource on cluster, profile, node group, add-on ARNs.
 */
final class TagOperations {
  private final EksContext ctx;

  TagOperations(EksContext ctx) {
    this.ctx = ctx;
  }

  Reply list(SandboxRequest request, String arn) {
    ObjectNode out = EksJson.object();
    ObjectNode tags = out.putObject("tags");
    tagsOf(arn).forEach(tags::put);
    return Reply.json(EksJson.write(out));
  }

  Reply tag(SandboxRequest request, String arn) {
    Map<String, String> add = Body.of(request).map("tags");
    if (add.isEmpty()) {
      throw badRequest("The request must contain at least one tag.");
    }
    for (Map.Entry<String, String> e : add.entrySet()) {
      validate(e.getKey());
      if (e.getValue().length() > 256) {
        throw badRequest("Tag values must be at most 256 characters.");
      }
    }
    Map<String, String> merged = new LinkedHashMap<>(tagsOf(arn));
    merged.putAll(add);
    if (merged.size() > 50) {
      throw badRequest("A resource can have at most 50 tags.");
    }
    replace(arn, merged);
    return Reply.json("{}");
  }

  Reply untag(SandboxRequest request, String arn) {
    List<String> keys = request.queryParams("tagKeys");
    if (keys.isEmpty()) {
      throw badRequest("The request must contain at least one tag key.");
    }
    Map<String, String> left = new LinkedHashMap<>(tagsOf(arn));
    keys.forEach(left::remove);
    replace(arn, left);
    return Reply.json("{}");
  }

  private static void validate(String key) {
    if (key.isEmpty() || key.length() > 128) {
      throw badRequest("Tag keys must be 1 to 128 characters.");
    }
    if (key.startsWith("aws:")) {
      throw badRequest("Tag keys starting with 'aws:' are reserved for AWS use.");
    }
  }

  private static AwsError badRequest(String message) {
    return new AwsError("BadRequestException", 400, message);
  }

  private static AwsError notFound(String arn) {
    return new AwsError("NotFoundException", 404, "Resource " + arn + " was not found.");
  }

  private Map<String, String> tagsOf(String arn) {
    checkShape(arn);
    for (Cluster c : ctx.account.clusters().values()) {
      if (c.arn().equals(arn)) {
        return c.tags();
      }
    }
    for (FargateProfile p : ctx.account.fargateProfiles().values()) {
      if (p.arn().equals(arn)) {
        return p.tags();
      }
    }
    for (Nodegroup n : ctx.account.nodegroups().values()) {
      if (n.arn().equals(arn)) {
        return n.tags();
      }
    }
    for (Addon a : ctx.account.addons().values()) {
      if (a.arn().equals(arn)) {
        return a.tags();
      }
    }
    throw notFound(arn);
  }

  private static void checkShape(String arn) {
    if (!arn.startsWith("arn:aws:eks:") || arn.split(":", 6).length < 6) {
      throw badRequest("The ARN " + arn + " is not a valid EKS resource ARN.");
    }
  }

  private void replace(String arn, Map<String, String> tags) {
    replaceIn(ctx.account.clusters(), c -> c.arn().equals(arn), c -> c.withTags(tags));
    replaceIn(ctx.account.fargateProfiles(), p -> p.arn().equals(arn), p -> p.withTags(tags));
    replaceIn(ctx.account.nodegroups(), n -> n.arn().equals(arn), n -> n.withTags(tags));
    replaceIn(ctx.account.addons(), a -> a.arn().equals(arn), a -> a.withTags(tags));
  }

  private static <V> void replaceIn(
      Map<String, V> table, java.util.function.Predicate<V> match, UnaryOperator<V> change) {
    table.replaceAll((k, v) -> match.test(v) ? change.apply(v) : v);
  }
}
