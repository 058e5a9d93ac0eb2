package io.eksform.sandbox.eks;

import io.eksform.sandbox.state.Cluster;

/** Told when a cluster comes into being or goes away (the Kubernetes API seeds its namespaces). */
public interface ClusterEvents {

  /** A cluster was created (by a scenario or CreateCluster). */
  void created(Cluster cluster);

  /** A cluster is being deleted. */
  void deleted(Cluster cluster);

  /** Events that nobody listens to. */
  static ClusterEvents none() {
    return new ClusterEvents() {
      @Override
      public void created(Cluster cluster) {}

      @Override
      public void deleted(Cluster cluster) {}
    };
  }
}
