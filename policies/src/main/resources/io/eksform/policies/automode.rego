# EKS Auto Mode settings (`autoModeConfig`), as eksctl checks them.
package eksform.rules.automode

import data.eksform.lib
import rego.v1

auto := lib.get(input, "autoModeConfig", {})

pools := lib.get(auto, "nodePools", null)

# METADATA
# title: Auto Mode settings
# description: "With Auto Mode enabled, `nodeRoleARN` and `permissionsBoundaryARN` need a non-empty `nodePools` list and exclude each other, and `nodePools` holds distinct values among general-purpose and system; with Auto Mode disabled none of the three may be set."
# custom:
#   id: automode/settings
#   severity: error
#   remediation: Adjust `autoModeConfig` as the message says.
findings contains lib.finding("automode/settings", "error", msg, path) if {
	lib.auto_mode
	some [msg, path] in enabled_problems
}

enabled_problems contains ["cannot specify autoModeConfig.nodeRoleARN when autoModeConfig.nodePools is empty", ["autoModeConfig", "nodeRoleARN"]] if {
	is_array(pools)
	count(pools) == 0
	lib.is_set(lib.get(auto, "nodeRoleARN", ""))
}

enabled_problems contains ["cannot specify autoModeConfig.permissionBoundaryARN when autoModeConfig.nodePools is empty", ["autoModeConfig", "permissionsBoundaryARN"]] if {
	is_array(pools)
	count(pools) == 0
	not lib.is_set(lib.get(auto, "nodeRoleARN", ""))
	lib.is_set(lib.get(auto, "permissionsBoundaryARN", ""))
}

enabled_problems contains ["cannot specify autoModeConfig.permissionBoundaryARN when autoModeConfig.nodeRoleARN is set", ["autoModeConfig", "permissionsBoundaryARN"]] if {
	is_array(pools)
	count(pools) > 0
	lib.is_set(lib.get(auto, "nodeRoleARN", ""))
	lib.is_set(lib.get(auto, "permissionsBoundaryARN", ""))
}

enabled_problems contains [sprintf("found duplicate node pool: %q", [p]), ["autoModeConfig", "nodePools", k]] if {
	some k, p in lib.items(pools)
	some j, q in lib.items(pools)
	j < k
	p == q
}

enabled_problems contains [sprintf("invalid NodePool %q", [p]), ["autoModeConfig", "nodePools", k]] if {
	some k, p in lib.items(pools)
	not p in {"general-purpose", "system"}
}

findings contains lib.finding("automode/settings", "error", msg, ["autoModeConfig", field]) if {
	is_object(auto)
	not lib.auto_mode
	some field in ["nodeRoleARN", "permissionsBoundaryARN", "nodePools"]
	lib.is_set(lib.get(auto, field, ""))
	msg := "cannot set autoModeConfig.nodeRoleARN, autoModeConfig.permissionBoundaryARN, or autoModeConfig.nodePools when Auto Mode is disabled"
}
