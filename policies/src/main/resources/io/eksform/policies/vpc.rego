# VPC: subnet counts, zones versus region, endpoint access, CIDR syntax.
package eksform.rules.vpc

import data.eksform.lib
import rego.v1

vpc := lib.get(input, "vpc", {})

subnets := lib.get(vpc, "subnets", {})

region := lib.get(lib.get(input, "metadata", {}), "region", "")

zone_pattern := `^[a-z]{2}(-[a-z]+)+-[0-9]+[a-z]$`

# METADATA
# title: Too few subnets
# description: When subnets are given, eksctl needs at least 2 of a kind (2 public and/or 2 private), except on Outposts.
# custom:
#   id: vpc/insufficient-subnets
#   severity: error
#   remediation: Give at least two subnets of the kind, in different availability zones.
findings contains lib.finding("vpc/insufficient-subnets", "error", msg, ["vpc", "subnets", kind]) if {
	not input.outpost
	some kind in ["public", "private"]
	kinds := lib.get(subnets, kind, {})
	is_object(kinds)
	count(kinds) == 1
	msg := sprintf("vpc.subnets.%s has 1 subnet; at least 2 are required", [kind])
}

# METADATA
# title: Cluster endpoint unreachable
# description: At least one of the public and the private cluster endpoint must be enabled.
# custom:
#   id: vpc/endpoint-access
#   severity: error
#   remediation: Enable `privateAccess` (or keep `publicAccess`).
findings contains lib.finding("vpc/endpoint-access", "error", msg, ["vpc", "clusterEndpoints"]) if {
	endpoints := lib.get(vpc, "clusterEndpoints", {})
	lib.get(endpoints, "publicAccess", true) == false
	lib.get(endpoints, "privateAccess", false) != true
	msg := "both cluster endpoints are disabled: the Kubernetes API would be unreachable"
}

# METADATA
# title: Invalid CIDR
# description: "`vpc.extraCIDRs`, `vpc.publicAccessCIDRs`, `vpc.extraIPv6CIDRs` and `kubernetesNetworkConfig.serviceIPv4CIDR` take CIDR blocks such as `10.0.0.0/16`."
# custom:
#   id: vpc/cidr-syntax
#   severity: error
#   remediation: Write the block as address/prefix-length.
findings contains lib.finding("vpc/cidr-syntax", "error", msg, ["vpc", field, k]) if {
	some field in ["extraCIDRs", "publicAccessCIDRs", "extraIPv6CIDRs"]
	some k, cidr in lib.items(lib.get(vpc, field, []))
	not valid_cidr(cidr)
	msg := sprintf("%q in vpc.%s is not a CIDR block", [cidr, field])
}

findings contains lib.finding("vpc/cidr-syntax", "error", msg, ["kubernetesNetworkConfig", "serviceIPv4CIDR"]) if {
	cidr := lib.get(lib.get(input, "kubernetesNetworkConfig", {}), "serviceIPv4CIDR", null)
	cidr != null
	not valid_cidr(cidr)
	msg := sprintf("serviceIPv4CIDR %q is not a CIDR block", [cidr])
}

valid_cidr(c) if {
	is_string(c)
	contains(c, "/")
	net.cidr_is_valid(c)
}

# METADATA
# title: Availability zone outside the region
# description: Subnet zones (the keys of `vpc.subnets` that name a zone, and their `az`) and `availabilityZones` must belong to `metadata.region`.
# custom:
#   id: vpc/zone-outside-region
#   severity: error
#   remediation: Use zones of the cluster's region (for example `us-west-2a` for `us-west-2`), or fix `metadata.region`.
findings contains lib.finding("vpc/zone-outside-region", "error", msg, path) if {
	some [zone, path] in zones
	is_string(region)
	region != ""
	regex.match(zone_pattern, zone)
	not startswith(zone, concat("", [region, "-"]))
	not regex.match(concat("", ["^", region, "[a-z]$"]), zone)
	msg := sprintf("availability zone %q is not in region %q", [zone, region])
}

zones contains [key, ["vpc", "subnets", kind, key]] if {
	some kind in ["public", "private"]
	kinds := lib.get(subnets, kind, {})
	is_object(kinds)
	some key, _ in kinds
}

zones contains [spec.az, ["vpc", "subnets", kind, key, "az"]] if {
	some kind in ["public", "private"]
	kinds := lib.get(subnets, kind, {})
	is_object(kinds)
	some key, spec in kinds
	is_string(spec.az)
}

zones contains [zone, ["availabilityZones", k]] if {
	some k, zone in lib.items(lib.get(input, "availabilityZones", []))
	is_string(zone)
}

zones contains [zone, [list, i, "availabilityZones", k]] if {
	some list in ["nodeGroups", "managedNodeGroups"]
	some i, ng in lib.items(lib.get(input, list, []))
	some k, zone in lib.items(lib.get(ng, "availabilityZones", []))
	is_string(zone)
}
