/**
 * The cluster role kind ({@code cluster_role}): the IAM role EKS runs the control plane of a
 * cluster eksform creates with, made as eksctl makes it unless the config names one.
 */
package io.eksform.engine.resource.clusterrole;
