/**
 * The cluster kind ({@code cluster}): the settings EKS changes in place (version one minor at a
 * time, logging, endpoint access, tags), the ones it fixes at creation ({@link
 * io.eksform.engine.resource.cluster.ClusterCreateOnly}), and the step that updates them.
 */
package io.eksform.engine.resource.cluster;
