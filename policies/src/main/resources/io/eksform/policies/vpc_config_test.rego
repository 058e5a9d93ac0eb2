package eksform.rules.vpc_config_test

import data.eksform.rules.vpc_config
import rego.v1

found(id, cfg) if {
	some f in vpc_config.findings with input as cfg
	f.id == id
}

test_clean if count(vpc_config.findings) == 0 with input as {"vpc": {"cidr": "10.0.0.0/16", "hostnameType": "resource-name"}, "availabilityZones": ["us-west-2a", "us-west-2b"]}

test_security_group_conflict if found("vpc/conflicting-settings", {"vpc": {"securityGroup": "sg-1", "controlPlaneSecurityGroupIDs": ["sg-2"]}})

test_extra_ipv6_on_ipv4 if found("vpc/conflicting-settings", {"vpc": {"extraIPv6CIDRs": ["2002::1234:abcd:ffff:c0a8:101/64"]}})

test_ipv6_nat if found("vpc/conflicting-settings", {"kubernetesNetworkConfig": {"ipFamily": "IPv6"}, "vpc": {"nat": {"gateway": "Single"}}})

test_ipv6_half_pool if found("vpc/conflicting-settings", {"kubernetesNetworkConfig": {"ipFamily": "IPv6"}, "vpc": {"ipv6Cidr": "2002::/56"}})

test_manage_shared_rules if found("vpc/conflicting-settings", {"vpc": {"manageSharedNodeSecurityGroupRules": false}})

test_manage_shared_rules_with_group if not found("vpc/conflicting-settings", {"vpc": {"manageSharedNodeSecurityGroupRules": false, "sharedNodeSecurityGroup": "sg-1"}})

test_hostname_type_value if found("vpc/conflicting-settings", {"vpc": {"hostnameType": "dns"}})

test_hostname_type_existing if found("vpc/conflicting-settings", {"vpc": {"hostnameType": "ip-name", "subnets": {"private": {"a": {"id": "subnet-1"}}}}})

test_local_zones_ha_nat if found("vpc/conflicting-settings", {"localZones": ["us-west-2-lax-1a"], "vpc": {"nat": {"gateway": "HighlyAvailable"}}})

test_one_zone if found("vpc/conflicting-settings", {"availabilityZones": ["us-west-2a"]})

test_subnets_and_zones if found("vpc/conflicting-settings", {"availabilityZones": ["us-west-2a", "us-west-2b"], "vpc": {"subnets": {"public": {"a": {"id": "s"}}}}})

test_control_plane_one_private_subnet if found("vpc/control-plane-private-subnets", {"vpc": {"controlPlaneOnPrivateSubnets": true, "subnets": {"private": {"us-west-2a": {"id": "s"}}}}})

test_control_plane_one_zone if found("vpc/control-plane-private-subnets", {"vpc": {"controlPlaneOnPrivateSubnets": true, "subnets": {"private": {"a": {"id": "s", "az": "us-west-2a"}, "b": {"id": "t", "az": "us-west-2a"}}}}})

test_control_plane_ok if not found("vpc/control-plane-private-subnets", {"vpc": {"controlPlaneOnPrivateSubnets": true, "subnets": {"private": {"us-west-2a": {"id": "s"}, "us-west-2b": {"id": "t"}}}}})

test_private_cluster_existing_vpc if found("vpc/private-cluster", {"privateCluster": {"enabled": true}, "vpc": {"id": "vpc-1"}})

test_private_cluster_endpoints if found("vpc/private-cluster", {"privateCluster": {"enabled": true}, "vpc": {"clusterEndpoints": {"privateAccess": true}}})

test_private_cluster_endpoint_service if found("vpc/private-cluster", {"privateCluster": {"enabled": true, "additionalEndpointServices": ["s3"]}})

test_private_cluster_endpoint_services_ok if not found("vpc/private-cluster", {"privateCluster": {"enabled": true, "additionalEndpointServices": ["autoscaling", "logs"]}})
