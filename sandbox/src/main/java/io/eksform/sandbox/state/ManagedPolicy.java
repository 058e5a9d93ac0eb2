package io.eksform.sandbox.state;

import java.util.Map;

/**
 * An IAM managed policy (customer managed, or AWS managed under {@code arn:aws:iam::aws:policy}).
 */
public record ManagedPolicy(
    String name,
    String id,
    String path,
    String arn,
    String document,
    String description,
    Map<String, String> tags,
    long createdAt) {

  /** Normalizes the tags to an immutable copy. */
  public ManagedPolicy {
    tags = Map.copyOf(tags);
  }
}
