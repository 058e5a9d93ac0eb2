package io.eksform.engine.resource.cluster;

import io.eksform.engine.apply.CreateStep;
import io.eksform.engine.apply.EksWaits;
import io.eksform.engine.apply.Fields;
import io.eksform.engine.apply.StepContext;
import io.eksform.engine.apply.StepFailedException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.eks.model.CreateClusterRequest;
import software.amazon.awssdk.services.eks.model.LogSetup;
import tools.jackson.databind.JsonNode;

/**
 * Creates the cluster from the plan's {@code after} and waits until it is ACTIVE (about ten minutes
 * on AWS; the runner reports progress meanwhile). Ids the plan left unknown are found first ({@link
 * ClusterTargets}); a cluster of the name that exists already (an apply stopped while it was
 * CREATING) is adopted and waited for.
 */
final class CreateClusterStep extends CreateStep {
  CreateClusterStep(JsonNode after, String name) {
    super(after, name, "");
  }

  @Override
  public void run(StepContext ctx) {
    String role = ClusterTargets.roleArn(ctx, after);
    List<String> subnets = ClusterTargets.subnetIds(ctx, after);
    List<String> groups = ClusterTargets.securityGroupIds(ctx, after);
    Map<String, String> tags = ownedTags(ctx);
    CreateClusterRequest request = request(role, subnets, groups, tags, ctx);
    createOrAdopt(
        ctx,
        () -> ctx.aws().eks().createCluster(request),
        () -> ctx.aws().eks().describeCluster(r -> r.name(name)).cluster().statusAsString(),
        waiter -> waiter.waitUntilClusterDeleted(r -> r.name(name)));
    try (var waiter = EksWaits.waiter(ctx)) {
      waiter.waitUntilClusterActive(r -> r.name(name));
    } catch (SdkException e) {
      throw new StepFailedException(
          "cluster " + name + " did not become ACTIVE: " + e.getMessage(), e);
    }
  }

  private CreateClusterRequest request(
      String role,
      List<String> subnets,
      List<String> groups,
      Map<String, String> tags,
      StepContext ctx) {
    CreateClusterRequest.Builder b =
        CreateClusterRequest.builder()
            .name(name)
            .version(Fields.text(after, "version"))
            .roleArn(role)
            .resourcesVpcConfig(
                v -> {
                  v.subnetIds(subnets)
                      .securityGroupIds(groups)
                      .endpointPublicAccess(after.path("endpoint_public_access").asBoolean(true))
                      .endpointPrivateAccess(
                          after.path("endpoint_private_access").asBoolean(false));
                  List<String> cidrs = Fields.strings(after, "public_access_cidrs");
                  if (!cidrs.isEmpty()) {
                    v.publicAccessCidrs(cidrs);
                  }
                })
            .tags(tags);
    Optional<String> ipFamily = Fields.optionalText(after, "ip_family");
    Optional<String> serviceCidr = Fields.optionalText(after, "service_ipv4_cidr");
    if (ipFamily.isPresent() || serviceCidr.isPresent()) {
      b.kubernetesNetworkConfig(
          n -> {
            ipFamily.ifPresent(f -> n.ipFamily(f.toLowerCase(java.util.Locale.ROOT)));
            serviceCidr.ifPresent(n::serviceIpv4Cidr);
          });
    }
    List<String> logTypes = Fields.strings(after, "logging");
    if (!logTypes.isEmpty()) {
      b.logging(
          l ->
              l.clusterLogging(
                  LogSetup.builder().typesWithStrings(logTypes).enabled(true).build()));
    }
    Fields.optionalText(after, "secrets_key_arn")
        .ifPresent(
            key -> b.encryptionConfig(e -> e.resources("secrets").provider(p -> p.keyArn(key))));
    Optional<String> mode = Fields.optionalText(after, "authentication_mode");
    JsonNode bootstrap = after.get("bootstrap_cluster_creator_admin_permissions");
    if (mode.isPresent() || bootstrap != null) {
      b.accessConfig(
          a -> {
            mode.ifPresent(a::authenticationMode);
            if (bootstrap != null) {
              a.bootstrapClusterCreatorAdminPermissions(bootstrap.asBoolean());
            }
          });
    }
    Fields.optionalText(after, "support_type")
        .ifPresent(t -> b.upgradePolicy(u -> u.supportType(t)));
    if (after.has("zonal_shift")) {
      b.zonalShiftConfig(z -> z.enabled(after.path("zonal_shift").asBoolean()));
    }
    b.clientRequestToken(
        token(ctx, "\n" + role + subnets + groups + new java.util.TreeMap<>(tags)));
    return b.build();
  }
}
