package io.eksform.engine.plan;

/**
 * A live object eksform did not create that this plan takes over as the config's own, with who made
 * it ({@code eksctl}, or {@code another tool}). Adopting changes nothing in AWS: eksform does not
 * rewrite another tool's marks to claim an object.
 */
public record Adoption(ResourceAddress address, String madeBy) {
  /** {@code fargate_profile.fargate-productcatalog (made by eksctl)}. */
  @Override
  public String toString() {
    return address + " (made by " + madeBy + ")";
  }
}
