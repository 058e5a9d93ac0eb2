/**
 * Amazon EC2 in the EC2 query protocol: VPCs (with their DNS attributes, main route table and
 * default security group), subnets, route tables (main and explicit associations), internet
 * gateways, elastic IPs, NAT gateways (pending, available, deleting, deleted on the sandbox's
 * clock), security groups with their rules, availability zones, and launch templates with their
 * versions ({@code LaunchTemplateData} carries their data between the request, stored and response
 * spellings). A {@code Filter} is one {@code Filter.N} of a Describe call; values OR within a
 * filter, filters AND together. {@code Create} builds a network and {@code Teardown} takes it
 * apart, refusing with AWS's {@code DependencyViolation} while something depends on what it deletes
 * (subnets, gateways, groups and tables in a VPC; a cluster's or NAT gateway's network interfaces
 * in a subnet; NAT gateways' public addresses behind an internet gateway).
 */
package io.eksform.sandbox.ec2;
