/** Access to a cluster's Kubernetes API through the fabric8 client, authenticated for EKS. */
package io.eksform.engine.kube;
