/**
 * The Fargate kind: Fargate profiles ({@code fargate_profile}; EKS changes only their tags, so any
 * other difference replaces them, create-before-destroy by default) and the pod execution role of
 * the profiles that name none ({@code fargate_pod_execution_role}: the one the cluster's profiles
 * share, else eksform's own), pruned after the last profile that used it. Subnets default to the
 * cluster's private ones; creates and deletes take the apply's Fargate lock, one at a time.
 */
package io.eksform.engine.resource.fargate;
