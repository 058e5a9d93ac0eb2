/**
 * Amazon EC2 in the EC2 query protocol: VPCs, subnets, route tables (main and explicit
 * associations), internet and NAT gateways, security groups, and launch templates with their
 * versions ({@code LaunchTemplateData} carries their data between the request, stored and response
 * spellings). A {@code Filter} is one {@code Filter.N} of a Describe call; values OR within a
 * filter, filters AND together.
 */
package io.eksform.sandbox.ec2;
