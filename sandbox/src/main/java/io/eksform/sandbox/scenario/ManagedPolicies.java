package io.eksform.sandbox.scenario;

import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.Ids;
import io.eksform.sandbox.state.ManagedPolicy;
import java.util.List;
import java.util.Map;

/** The AWS managed policies that EKS setups attach, present in every account. */
final class ManagedPolicies {
  private static final List<String> PATHS =
      List.of(
          "/AmazonEKSFargatePodExecutionRolePolicy",
          "/AmazonEKSWorkerNodePolicy",
          "/AmazonEKS_CNI_Policy",
          "/AmazonEC2ContainerRegistryReadOnly",
          "/AmazonEC2ContainerRegistryPullOnly",
          "/AmazonEC2ContainerRegistryPowerUser",
          "/AmazonEKSClusterPolicy",
          "/AmazonEKSVPCResourceController",
          "/AmazonSSMManagedInstanceCore",
          "/AWSXRayDaemonWriteAccess",
          "/CloudWatchAgentServerPolicy",
          "/AWSAppMeshEnvoyAccess",
          "/AmazonS3ReadOnlyAccess",
          "/service-role/AmazonEBSCSIDriverPolicy");

  private ManagedPolicies() {}

  static void seed(Account account, long now) {
    for (String path : PATHS) {
      int slash = path.lastIndexOf('/');
      String name = path.substring(slash + 1);
      String dir = path.substring(0, slash + 1);
      String arn = "arn:aws:iam::aws:policy" + path;
      account
          .policies()
          .put(
              arn,
              new ManagedPolicy(
                  name,
                  Ids.derivedIam("ANPA", arn),
                  dir,
                  arn,
                  "{\"Version\":\"2012-10-17\",\"Statement\":[]}",
                  "AWS managed policy " + name,
                  Map.of(),
                  now));
    }
  }
}
