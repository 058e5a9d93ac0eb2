package io.eksform.sandbox.state;

/** The stored lifecycle phase of an EKS resource; transitions end after a configured duration. */
public enum Phase {
  CREATING,
  ACTIVE,
  UPDATING,
  DELETING
}
