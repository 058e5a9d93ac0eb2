package io.eksform.engine.ledger;

import java.util.Optional;

/**
 * One leaf of the ClusterConfig schema in the field ledger: its path as a JSON Pointer pattern
 * (array items {@code []}, map values <code>{}</code>), the resource kind it belongs to, what a
 * plan does with it, the eksform version that started acting on it, a value that asks for nothing
 * (an off switch left at eksctl's default), and why, in words.
 */
public record LedgerEntry(
    String path,
    String kind,
    Disposition disposition,
    Optional<String> since,
    Optional<String> inert,
    String reason) {

  /** The top-level key the field lives under: {@code managedNodeGroups}, {@code vpc}... */
  public String section() {
    int next = path.indexOf('/', 1);
    return next < 0 ? path.substring(1) : path.substring(1, next);
  }

  /** The path as people write it: {@code managedNodeGroups[].iam.attachPolicyARNs[]}. */
  public String dotted() {
    return FieldPaths.dotted(path);
  }

  /** True when the value as written asks for nothing. */
  public boolean isInert(String value) {
    return inert.map(v -> v.equals(value)).orElse(false);
  }
}
