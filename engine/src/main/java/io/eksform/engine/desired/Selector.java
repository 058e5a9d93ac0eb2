package io.eksform.engine.desired;

import java.util.Map;
import java.util.TreeMap;

/** A Fargate profile selector: pods of {@code namespace} carrying every label of {@code labels}. */
public record Selector(String namespace, Map<String, String> labels) {
  public Selector {
    labels = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(labels));
  }
}
