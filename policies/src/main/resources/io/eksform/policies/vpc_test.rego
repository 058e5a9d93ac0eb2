package eksform.rules.vpc_test

import data.eksform.rules.vpc
import rego.v1

found(id, cfg) if {
	some f in vpc.findings with input as cfg
	f.id == id
}

two := {"us-west-2a": {"id": "subnet-1"}, "us-west-2b": {"id": "subnet-2"}}

base := {"metadata": {"name": "c", "region": "us-west-2"}}

test_clean if count(vpc.findings) == 0 with input as object.union(base, {"vpc": {"subnets": {"private": two}}})

test_one_private_subnet if found("vpc/insufficient-subnets", object.union(base, {"vpc": {"subnets": {"private": {"us-west-2a": {"id": "subnet-1"}}}}}))

test_one_subnet_on_outposts_ok if not found("vpc/insufficient-subnets", object.union(base, {"outpost": {"controlPlaneOutpostARN": "x"}, "vpc": {"subnets": {"private": {"us-west-2a": {"id": "subnet-1"}}}}}))

test_two_subnets_ok if not found("vpc/insufficient-subnets", object.union(base, {"vpc": {"subnets": {"public": two}}}))

test_both_endpoints_off if found("vpc/endpoint-access", {"vpc": {"clusterEndpoints": {"publicAccess": false}}})

test_private_endpoint_on if not found("vpc/endpoint-access", {"vpc": {"clusterEndpoints": {"publicAccess": false, "privateAccess": true}}})

test_bad_public_access_cidr if found("vpc/cidr-syntax", {"vpc": {"publicAccessCIDRs": ["1.2.3.4/99"]}})

test_bad_extra_cidr if found("vpc/cidr-syntax", {"vpc": {"extraCIDRs": ["10.0.0.0"]}})

test_bad_service_cidr if found("vpc/cidr-syntax", {"kubernetesNetworkConfig": {"serviceIPv4CIDR": "10.100.0/16"}})

test_good_cidrs if not found("vpc/cidr-syntax", {"vpc": {"publicAccessCIDRs": ["1.2.3.4/32"], "extraCIDRs": ["10.2.0.0/16"]}, "kubernetesNetworkConfig": {"serviceIPv4CIDR": "10.100.0.0/16"}})

test_zone_key_outside_region if found("vpc/zone-outside-region", {"metadata": {"region": "eu-north-1"}, "vpc": {"subnets": {"private": two}}})

test_zone_az_outside_region if found("vpc/zone-outside-region", {"metadata": {"region": "eu-north-1"}, "vpc": {"subnets": {"private": {"a": {"az": "us-west-2a"}, "b": {"az": "eu-north-1b"}}}}})

test_availability_zones_outside_region if found("vpc/zone-outside-region", {"metadata": {"region": "eu-north-1"}, "availabilityZones": ["us-east-1a", "eu-north-1a"]})

test_nodegroup_zone_outside_region if found("vpc/zone-outside-region", {"metadata": {"region": "eu-north-1"}, "managedNodeGroups": [{"name": "a", "availabilityZones": ["us-east-1a"]}]})

test_aliases_are_not_zones if not found("vpc/zone-outside-region", {"metadata": {"region": "eu-north-1"}, "vpc": {"subnets": {"private": {"my-alias": {"id": "subnet-1"}}}}})

test_local_zone_in_region if not found("vpc/zone-outside-region", {"metadata": {"region": "us-west-2"}, "availabilityZones": ["us-west-2-lax-1a", "us-west-2b"]})
