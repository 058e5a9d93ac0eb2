/**
 * The desired state: what a ClusterConfig asks of a cluster, as records the planner compares
 * ({@link io.eksform.engine.desired.ClusterSpec} and its parts), built from a loaded document in
 * one place ({@link io.eksform.engine.desired.DesiredState}).
 */
package io.eksform.engine.desired;
