# VPC settings eksctl checks together: security groups, IPv6 blocks, NAT, local zones, host names,
# private clusters and the control plane's subnets.
package eksform.rules.vpc_config

import data.eksform.lib
import rego.v1

vpc := lib.get(input, "vpc", {})

private_cluster := lib.get(input, "privateCluster", {})

subnets := lib.get(vpc, "subnets", {})

has_subnets if {
	some kind in ["public", "private"]
	count(lib.get(subnets, kind, {})) > 0
}

local_zones := lib.items(lib.get(input, "localZones", []))

# METADATA
# title: VPC settings that exclude each other
# description: "eksctl refuses: `vpc.securityGroup` with `vpc.controlPlaneSecurityGroupIDs`; `vpc.controlPlaneSubnetIDs` with `vpc.controlPlaneOnPrivateSubnets`; `vpc.extraIPv6CIDRs`, `vpc.ipv6Cidr` or `vpc.ipv6Pool` on an IPv4 cluster; on IPv6, `autoAllocateIPv6`, `nat`, `localZones`, only one of `ipv6Cidr` and `ipv6Pool`, or `ipv6Cidr` with an existing `vpc.id`; `manageSharedNodeSecurityGroupRules: false` without `sharedNodeSecurityGroup`; `hostnameType` with existing subnets or other than ip-name/resource-name; `localZones` with `vpc.id` or a HighlyAvailable NAT; `vpc.subnets` with `availabilityZones`; exactly one `availabilityZones` entry."
# custom:
#   id: vpc/conflicting-settings
#   severity: error
#   remediation: Keep one of the conflicting settings, as the message says.
findings contains lib.finding("vpc/conflicting-settings", "error", msg, ["vpc", "controlPlaneSecurityGroupIDs"]) if {
	lib.is_set(lib.get(vpc, "securityGroup", ""))
	count(lib.items(lib.get(vpc, "controlPlaneSecurityGroupIDs", []))) > 0
	msg := "only one of vpc.securityGroup and vpc.controlPlaneSecurityGroupIDs can be specified"
}

findings contains lib.finding("vpc/conflicting-settings", "error", msg, ["vpc", "controlPlaneOnPrivateSubnets"]) if {
	lib.get(vpc, "controlPlaneOnPrivateSubnets", false) == true
	count(lib.items(lib.get(vpc, "controlPlaneSubnetIDs", []))) > 0
	msg := "only one of vpc.controlPlaneSubnetIDs and vpc.controlPlaneOnPrivateSubnets can be specified"
}

findings contains lib.finding("vpc/conflicting-settings", "error", msg, ["vpc", "extraIPv6CIDRs"]) if {
	count(lib.items(lib.get(vpc, "extraIPv6CIDRs", []))) > 0
	not lib.ipv6
	msg := "cannot specify vpc.extraIPv6CIDRs with an IPv4 cluster"
}

findings contains lib.finding("vpc/conflicting-settings", "error", msg, ["vpc", field]) if {
	not lib.ipv6
	some field in ["ipv6Cidr", "ipv6Pool"]
	lib.is_set(lib.get(vpc, field, ""))
	msg := "Ipv6Cidr and Ipv6CidrPool are only supported when IPFamily is set to IPv6"
}

findings contains lib.finding("vpc/conflicting-settings", "error", msg, path) if {
	lib.ipv6
	not lib.is_set(lib.get(input, "status", null))
	some [msg, path] in ipv6_problems
}

ipv6_problems contains ["auto allocate ipv6 is not supported with IPv6", ["vpc", "autoAllocateIPv6"]] if {
	lib.get(vpc, "autoAllocateIPv6", false) == true
}

ipv6_problems contains ["cannot provide VPC.IPv6Cidr when using a pre-existing VPC.ID", ["vpc", "ipv6Cidr"]] if {
	lib.get(vpc, "autoAllocateIPv6", false) != true
	lib.is_set(lib.get(vpc, "ipv6Cidr", ""))
	lib.is_set(lib.get(vpc, "ipv6Pool", ""))
	lib.is_set(lib.get(vpc, "id", ""))
}

ipv6_problems contains ["Ipv6Cidr and Ipv6Pool must both be configured to use a custom IPv6 CIDR and address pool", ["vpc", field]] if {
	lib.get(vpc, "autoAllocateIPv6", false) != true
	some field in ["ipv6Cidr", "ipv6Pool"]
	lib.is_set(lib.get(vpc, field, ""))
	count([f | some f in ["ipv6Cidr", "ipv6Pool"]; lib.is_set(lib.get(vpc, f, ""))]) == 1
}

ipv6_problems contains ["setting NAT is not supported with IPv6", ["vpc", "nat"]] if {
	lib.get(vpc, "autoAllocateIPv6", false) != true
	lib.get(vpc, "nat", null) != null
}

ipv6_problems contains ["localZones are not supported with IPv6", ["localZones"]] if {
	lib.get(vpc, "autoAllocateIPv6", false) != true
	lib.get(vpc, "nat", null) == null
	count(local_zones) > 0
}

findings contains lib.finding("vpc/conflicting-settings", "error", msg, ["vpc", "manageSharedNodeSecurityGroupRules"]) if {
	lib.get(vpc, "manageSharedNodeSecurityGroupRules", true) == false
	not lib.is_set(lib.get(vpc, "sharedNodeSecurityGroup", ""))
	msg := "vpc.manageSharedNodeSecurityGroupRules must be enabled when using eksctl-managed security groups"
}

findings contains lib.finding("vpc/conflicting-settings", "error", msg, ["vpc", "hostnameType"]) if {
	h := lib.get(vpc, "hostnameType", "")
	lib.is_set(h)
	msg := hostname_problem(h)
}

hostname_problem(_) := "vpc.hostnameType is not supported with a pre-existing VPC" if {
	has_subnets
} else := sprintf("invalid value %q for vpc.hostnameType; supported values are [ip-name resource-name]", [h]) if {
	h := vpc.hostnameType
	not h in {"ip-name", "resource-name"}
}

findings contains lib.finding("vpc/conflicting-settings", "error", msg, ["localZones"]) if {
	count(local_zones) > 0
	lib.is_set(lib.get(vpc, "id", ""))
	msg := "localZones are not supported with a pre-existing VPC"
}

findings contains lib.finding("vpc/conflicting-settings", "error", msg, ["vpc", "nat", "gateway"]) if {
	count(local_zones) > 0
	not lib.is_set(lib.get(vpc, "id", ""))
	lib.get(lib.get(vpc, "nat", {}), "gateway", "") == "HighlyAvailable"
	msg := "HighlyAvailable NAT gateway is not supported for localZones"
}

findings contains lib.finding("vpc/conflicting-settings", "error", msg, ["availabilityZones"]) if {
	has_subnets
	count(lib.items(lib.get(input, "availabilityZones", []))) > 0
	msg := "vpc.subnets and availabilityZones cannot be set at the same time"
}

findings contains lib.finding("vpc/conflicting-settings", "error", msg, ["availabilityZones"]) if {
	zones := lib.items(lib.get(input, "availabilityZones", []))
	count(zones) == 1
	msg := sprintf("only 1 zone(s) specified %s, 2 are required (can be non-unique)", [go_list(zones)])
}

# METADATA
# title: Control plane on private subnets without enough of them
# description: "`vpc.controlPlaneOnPrivateSubnets` needs at least 2 private subnets in at least 2 availability zones (or, when eksctl builds the VPC, 2 distinct `availabilityZones`); Outposts excepted."
# custom:
#   id: vpc/control-plane-private-subnets
#   severity: error
#   remediation: Give private subnets in two zones, or leave the control plane on the default subnets.
findings contains lib.finding("vpc/control-plane-private-subnets", "error", msg, ["vpc", "controlPlaneOnPrivateSubnets"]) if {
	lib.get(vpc, "controlPlaneOnPrivateSubnets", false) == true
	count(lib.items(lib.get(vpc, "controlPlaneSubnetIDs", []))) == 0
	not lib.control_plane_on_outposts
	msg := private_subnet_problem
}

private_subnet_problem := msg if {
	not "subnets" in object.keys(vpc)
	zones := lib.items(lib.get(input, "availabilityZones", []))
	count(zones) > 0
	distinct := {z | some z in zones}
	count(distinct) < 2
	msg := sprintf("vpc.controlPlaneOnPrivateSubnets requires at least 2 distinct availability zones, got %d (%s)", [count(distinct), go_list(zones)])
} else := msg if {
	"subnets" in object.keys(vpc)
	n := count(lib.get(subnets, "private", {}))
	n < 2
	msg := sprintf("vpc.controlPlaneOnPrivateSubnets requires at least 2 private subnets, got %d", [n])
} else := msg if {
	"subnets" in object.keys(vpc)
	zones := {zone_of(key, spec) | some key, spec in lib.get(subnets, "private", {})}
	count(zones) < 2
	msg := sprintf("vpc.controlPlaneOnPrivateSubnets requires private subnets in at least 2 availability zones, got %d (%s)", [count(zones), go_list(sort(zones))])
}

zone_of(key, spec) := spec.az if {
	lib.is_set(lib.get(spec, "az", ""))
} else := key

# METADATA
# title: Fully private cluster settings
# description: "With `privateCluster.enabled`: an existing `vpc.id` needs `vpc.subnets.private`; `additionalEndpointServices` are not allowed with `skipEndpointCreation` and must be among cloudformation, autoscaling, logs; `localZones` are refused; `vpc.clusterEndpoints` must not be set (access is private-only)."
# custom:
#   id: vpc/private-cluster
#   severity: error
#   remediation: Follow the message, or turn off `privateCluster.enabled`.
findings contains lib.finding("vpc/private-cluster", "error", msg, path) if {
	lib.get(private_cluster, "enabled", false) == true
	some [msg, path] in private_problems
}

private_problems contains ["vpc.subnets.private must be specified in a fully-private cluster when a pre-existing VPC is supplied", ["vpc", "id"]] if {
	lib.is_set(lib.get(vpc, "id", ""))
	count(lib.get(subnets, "private", {})) == 0
}

private_problems contains ["privateCluster.additionalEndpointServices cannot be set when privateCluster.skipEndpointCreation is true", ["privateCluster", "additionalEndpointServices"]] if {
	count(lib.items(lib.get(private_cluster, "additionalEndpointServices", []))) > 0
	lib.get(private_cluster, "skipEndpointCreation", false) == true
}

private_problems contains [sprintf("invalid value in privateCluster.additionalEndpointServices: unsupported endpoint service %q", [s]), ["privateCluster", "additionalEndpointServices", k]] if {
	lib.get(private_cluster, "skipEndpointCreation", false) != true
	some k, s in lib.items(lib.get(private_cluster, "additionalEndpointServices", []))
	not s in {"cloudformation", "autoscaling", "logs"}
}

private_problems contains ["localZones cannot be used in a fully-private cluster", ["localZones"]] if {
	count(local_zones) > 0
}

private_problems contains ["vpc.clusterEndpoints cannot be set for a fully-private cluster (privateCluster.enabled) as the endpoint access defaults to private-only", ["vpc", "clusterEndpoints"]] if {
	endpoints := lib.get(vpc, "clusterEndpoints", {})
	some field in ["publicAccess", "privateAccess"]
	lib.get(endpoints, field, null) != null
}

private_problems contains [sprintf("invalid value in privateCluster.additionalEndpointServices: found duplicate endpoint service: %q", [s]), ["privateCluster", "additionalEndpointServices", k]] if {
	lib.get(private_cluster, "skipEndpointCreation", false) != true
	services := lib.items(lib.get(private_cluster, "additionalEndpointServices", []))
	some k, s in services
	some j, t in services
	j < k
	s == t
}

# A list as eksctl prints one: [a b].
go_list(xs) := concat("", ["[", concat(" ", [sprintf("%v", [x]) | some x in xs]), "]"])
