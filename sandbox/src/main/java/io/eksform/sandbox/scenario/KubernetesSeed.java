package io.eksform.sandbox.scenario;

import java.util.List;
import java.util.Map;

/** The namespaces and service accounts a scenario puts in one cluster's Kubernetes API. */
public record KubernetesSeed(
    String cluster, List<Namespace> namespaces, List<ServiceAccount> serviceAccounts) {

  /** A namespace with its labels. */
  public record Namespace(String name, Map<String, String> labels) {

    /** Copies the labels. */
    public Namespace {
      labels = Map.copyOf(labels);
    }
  }

  /** A service account with its labels and annotations. */
  public record ServiceAccount(
      String namespace, String name, Map<String, String> labels, Map<String, String> annotations) {

    /** Copies the labels and annotations. */
    public ServiceAccount {
      labels = Map.copyOf(labels);
      annotations = Map.copyOf(annotations);
    }
  }

  /** Copies the lists. */
  public KubernetesSeed {
    namespaces = List.copyOf(namespaces);
    serviceAccounts = List.copyOf(serviceAccounts);
  }
}
