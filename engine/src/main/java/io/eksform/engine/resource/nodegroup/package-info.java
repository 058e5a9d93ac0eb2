/**
 * The managed node group kind: node groups ({@code managed_nodegroup}: scaling, labels, taints,
 * version, AMI release, launch template version and node repair in place; instance types, AMI,
 * disk, subnets or zones, the launch template and the node role force a replacement) and their node
 * roles ({@code node_role} shared by the groups that ask for nothing more, {@code
 * node_role.<group>} for one that does), pruned after the last group that used them. What eksctl
 * and EKS refuse in a group is found before anything is planned for it ({@link
 * io.eksform.engine.resource.nodegroup.NodeGroupChecks}).
 */
package io.eksform.engine.resource.nodegroup;
