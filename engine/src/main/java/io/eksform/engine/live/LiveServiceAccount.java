package io.eksform.engine.live;

import java.util.Map;

/** A Kubernetes service account with its labels and annotations. */
public record LiveServiceAccount(
    String namespace, String name, Map<String, String> labels, Map<String, String> annotations) {
  public LiveServiceAccount {
    labels = Map.copyOf(labels);
    annotations = Map.copyOf(annotations);
  }

  public String key() {
    return namespace + "/" + name;
  }
}
