package io.eksform.engine.live;

import java.util.List;
import java.util.Map;

/**
 * A Kubernetes namespace eksform created (labelled {@code app.kubernetes.io/managed-by: eksform}),
 * with what it holds: its service accounts but the {@code default} one, and how many pods.
 */
public record LiveNamespace(
    String name,
    Map<String, String> labels,
    boolean terminating,
    List<String> serviceAccounts,
    int pods) {
  public LiveNamespace {
    labels = Map.copyOf(labels);
    serviceAccounts = serviceAccounts.stream().sorted().toList();
  }

  /** True when it holds no pod and no service account but the default one. */
  public boolean empty() {
    return serviceAccounts.isEmpty() && pods == 0;
  }
}
