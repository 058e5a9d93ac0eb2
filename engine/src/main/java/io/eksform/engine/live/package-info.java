/**
 * Live state: the only reader of AWS and of the cluster's Kubernetes API. A {@link
 * io.eksform.engine.live.LiveReader} takes one {@link io.eksform.engine.live.LiveState} snapshot;
 * the records named {@code Live*} are what it read.
 */
package io.eksform.engine.live;
