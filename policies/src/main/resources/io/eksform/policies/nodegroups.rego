# Node groups (managed and unmanaged): names, sizes, private networking and placement.
package eksform.rules.nodegroups

import data.eksform.lib
import rego.v1

# Every node group with the list it is in and its index there.
groups contains [list, i, ng] if {
	some list in ["nodeGroups", "managedNodeGroups"]
	some i, ng in lib.items(lib.get(input, list, []))
	is_object(ng)
}

# METADATA
# title: Duplicate node group name
# description: Node group names are unique across `nodeGroups` and `managedNodeGroups` together.
# custom:
#   id: nodegroups/duplicate-name
#   severity: error
#   remediation: Rename one of the node groups.
findings contains lib.finding("nodegroups/duplicate-name", "error", msg, [l2, j, "name"]) if {
	some [l1, i, a] in groups
	some [l2, j, b] in groups
	before(l1, i, l2, j)
	is_string(a.name)
	a.name == b.name
	msg := sprintf("node group name %q is already used by %s[%d]", [b.name, l1, i])
}

order := {"nodeGroups": 0, "managedNodeGroups": 1}

# The config's declared subnets, computed once per evaluation.
public_subnets := lib.declared_subnets("public")

private_subnets := lib.declared_subnets("private")

before(l1, i, l2, j) if {
	order[l1] < order[l2]
}

before(l1, i, l2, j) if {
	l1 == l2
	i < j
}

# METADATA
# title: Node group sizes out of order
# description: A node group needs `minSize` <= `desiredCapacity` <= `maxSize`.
# custom:
#   id: nodegroups/size-order
#   severity: error
#   remediation: Make the minimum, desired and maximum sizes consistent.
findings contains lib.finding("nodegroups/size-order", "error", msg, [list, i, "desiredCapacity"]) if {
	some [list, i, ng] in groups
	is_number(ng.desiredCapacity)
	is_number(ng.minSize)
	ng.desiredCapacity < ng.minSize
	msg := sprintf("desiredCapacity %v is below minSize %v", [ng.desiredCapacity, ng.minSize])
}

findings contains lib.finding("nodegroups/size-order", "error", msg, [list, i, "desiredCapacity"]) if {
	some [list, i, ng] in groups
	is_number(ng.desiredCapacity)
	is_number(ng.maxSize)
	ng.desiredCapacity > ng.maxSize
	msg := sprintf("desiredCapacity %v is above maxSize %v", [ng.desiredCapacity, ng.maxSize])
}

findings contains lib.finding("nodegroups/size-order", "error", msg, [list, i, "maxSize"]) if {
	some [list, i, ng] in groups
	is_number(ng.minSize)
	is_number(ng.maxSize)
	ng.maxSize < ng.minSize
	msg := sprintf("maxSize %v is below minSize %v", [ng.maxSize, ng.minSize])
}

# METADATA
# title: Node group without private networking in a fully private cluster
# description: "In a fully private cluster (`privateCluster.enabled`) every node group needs `privateNetworking: true`."
# custom:
#   id: nodegroups/private-networking
#   severity: error
#   remediation: "Set `privateNetworking: true` on the node group."
findings contains lib.finding("nodegroups/private-networking", "error", msg, path) if {
	lib.get(lib.get(input, "privateCluster", {}), "enabled", false) == true
	some [list, i, ng] in groups
	lib.get(ng, "privateNetworking", false) != true
	path := private_networking_path(list, i, ng)
	msg := sprintf("node group %q needs privateNetworking: true in a fully private cluster", [lib.get(ng, "name", "")])
}

private_networking_path(list, i, ng) := [list, i, "privateNetworking"] if {
	"privateNetworking" in object.keys(ng)
} else := [list, i]

# METADATA
# title: Node group with both subnets and availability zones
# description: A node group takes `subnets` or `availabilityZones`, not both.
# custom:
#   id: nodegroups/subnets-and-zones
#   severity: error
#   remediation: Keep one of `subnets` and `availabilityZones`.
findings contains lib.finding("nodegroups/subnets-and-zones", "error", msg, [list, i, "availabilityZones"]) if {
	some [list, i, ng] in groups
	count(lib.items(lib.get(ng, "subnets", []))) > 0
	count(lib.items(lib.get(ng, "availabilityZones", []))) > 0
	msg := sprintf("node group %q sets both subnets and availabilityZones", [lib.get(ng, "name", "")])
}

# METADATA
# title: Private subnet without private networking
# description: "A node group placed in a subnet the config declares private must set `privateNetworking: true`."
# custom:
#   id: nodegroups/private-subnet
#   severity: error
#   remediation: "Set `privateNetworking: true`, or use public subnets for this node group."
findings contains lib.finding("nodegroups/private-subnet", "error", msg, [list, i, "subnets", k]) if {
	some [list, i, ng] in groups
	lib.get(ng, "privateNetworking", false) != true
	some k, subnet in lib.items(lib.get(ng, "subnets", []))
	subnet in private_subnets
	not subnet in public_subnets
	msg := sprintf("subnet %q is declared private, so node group %q needs privateNetworking: true", [subnet, lib.get(ng, "name", "")])
}
