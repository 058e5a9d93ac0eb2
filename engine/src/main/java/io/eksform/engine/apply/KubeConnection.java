package io.eksform.engine.apply;

import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.aws.EksToken;
import io.eksform.engine.kube.KubeClients;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.function.Supplier;
import software.amazon.awssdk.services.eks.model.Cluster;

/** One Kubernetes client for the cluster, opened on first use (most plans need none). */
final class KubeConnection implements Supplier<KubernetesClient>, AutoCloseable {
  private final AwsClients aws;
  private final String cluster;
  private KubernetesClient client;

  KubeConnection(AwsClients aws, String cluster) {
    this.aws = aws;
    this.cluster = cluster;
  }

  @Override
  public synchronized KubernetesClient get() {
    if (client == null) {
      Cluster c = aws.eks().describeCluster(r -> r.name(cluster)).cluster();
      String ca = c.certificateAuthority() == null ? "" : c.certificateAuthority().data();
      client = KubeClients.forCluster(c.endpoint(), ca, EksToken.create(aws, cluster));
    }
    return client;
  }

  @Override
  public synchronized void close() {
    if (client != null) {
      client.close();
    }
  }
}
