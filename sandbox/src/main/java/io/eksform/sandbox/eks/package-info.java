/**
 * Amazon EKS in the rest-json protocol: clusters, cluster updates, Fargate profiles, managed node
 * groups (made from an EC2 launch template or not), add-ons, tags, and the access entries read back
 * (the one EKS makes for a cluster's creator). {@code EksApi} routes a raw path to an operation;
 * each {@code *Operations} class implements one group of operations with AWS's validations and
 * messages; {@code EksJson} renders the stored records as the EKS API shapes them. {@code
 * ClusterCreation} holds CreateCluster's checks against the rest of the account (the service role,
 * security groups) and the creation-time settings a cluster keeps.
 */
package io.eksform.sandbox.eks;
