package io.eksform.engine.live;

/**
 * A subnet of the cluster's VPC, judged public when its effective route table (its explicit
 * association, else the VPC's main table) has an active route to an internet gateway.
 */
public record LiveSubnet(
    String id, String vpcId, String availabilityZone, String cidr, boolean isPrivate) {}
