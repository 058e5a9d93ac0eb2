package io.eksform.engine.kube;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;

/**
 * Builds the fabric8 client for one EKS cluster's Kubernetes API from its endpoint, certificate
 * authority and a bearer token, ignoring any local kubeconfig.
 */
public final class KubeClients {
  private KubeClients() {}

  public static KubernetesClient forCluster(String endpoint, String caData, String token) {
    Config config =
        new ConfigBuilder(Config.empty())
            .withMasterUrl(endpoint)
            .withOauthToken(token)
            .withCaCertData(caData == null || caData.isEmpty() ? null : caData)
            .withConnectionTimeout(5_000)
            .withRequestTimeout(30_000)
            .withRequestRetryBackoffLimit(3)
            .build();
    return new KubernetesClientBuilder().withConfig(config).build();
  }
}
