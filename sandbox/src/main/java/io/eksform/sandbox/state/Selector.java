package io.eksform.sandbox.state;

import java.util.Map;

/** A Fargate profile selector: a namespace pattern and label patterns. */
public record Selector(String namespace, Map<String, String> labels) {

  /** Normalizes the labels to an immutable copy. */
  public Selector {
    labels = Map.copyOf(labels);
  }
}
