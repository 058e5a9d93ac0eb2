package io.eksform.sandbox;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import software.amazon.awssdk.services.eks.model.Cluster;

/** A fabric8 client for a sandbox cluster, built as eksform builds it: endpoint, CA, EKS token. */
final class ClusterKubernetes {
  private ClusterKubernetes() {}

  static KubernetesClient client(Clients clients, String cluster) {
    Cluster c = clients.eks.describeCluster(r -> r.name(cluster)).cluster();
    Config config =
        new ConfigBuilder(Config.empty())
            .withMasterUrl(c.endpoint())
            .withCaCertData(c.certificateAuthority().data())
            .withOauthToken(io.eksform.sandbox.kubernetes.Tokens.forCluster(cluster))
            .withRequestRetryBackoffLimit(0)
            .build();
    return new KubernetesClientBuilder().withConfig(config).build();
  }
}
