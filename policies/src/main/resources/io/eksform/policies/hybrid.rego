# Hybrid nodes (`remoteNetworkConfig`), as eksctl checks them.
package eksform.rules.hybrid

import data.eksform.lib
import rego.v1

rnc := lib.get(input, "remoteNetworkConfig", null)

# METADATA
# title: Hybrid nodes settings
# description: "`remoteNetworkConfig` is refused on IPv6 clusters and with the CONFIG_MAP authentication mode, and on Outposts needs `outpost.etcdInstanceType`; it takes exactly one of `remoteNodeNetworks` (Outposts: `remotePodNetworks` may stand alone) and at most one of `remotePodNetworks`; `vpcGatewayID` is a tgw- or vgw- id and not for an existing VPC; `iam.provider` is SSM or IRA, and `caBundleCert` goes with IRA only (and IRA needs it)."
# custom:
#   id: hybrid/remote-network
#   severity: error
#   remediation: Adjust `remoteNetworkConfig` as the message says.
findings contains lib.finding("hybrid/remote-network", "error", msg, path) if {
	is_object(rnc)
	[msg, path] := first_problem
}

node_networks := lib.items(lib.get(rnc, "remoteNodeNetworks", []))

pod_networks := lib.items(lib.get(rnc, "remotePodNetworks", []))

provider := lib.get(lib.get(rnc, "iam", {}), "provider", "SSM")

# eksctl stops at its first complaint, in this order.
first_problem := ["remoteNetworkConfig on Outpost clusters requires outpost.etcdInstanceType to be set", ["remoteNetworkConfig"]] if {
	lib.control_plane_on_outposts
	not lib.is_set(lib.get(input.outpost, "etcdInstanceType", ""))
} else := ["remoteNetworkConfig is not supported on EKS cluster configured with IPv6 address family", ["remoteNetworkConfig"]] if {
	lib.ipv6
} else := ["remoteNetworkConfig requires authenticationMode to be either \"API_AND_CONFIG_MAP\" or \"API\"", ["accessConfig", "authenticationMode"]] if {
	lib.get(lib.get(input, "accessConfig", {}), "authenticationMode", "") == "CONFIG_MAP"
} else := ["only one remoteNodeNetwork is allowed in remoteNetworkConfig.remoteNodeNetworks", ["remoteNetworkConfig", "remoteNodeNetworks", 1]] if {
	count(node_networks) > 1
} else := ["only one remotePodNetwork is allowed in remoteNetworkConfig.remotePodNetworks", ["remoteNetworkConfig", "remotePodNetworks", 1]] if {
	count(pod_networks) > 1
} else := ["remoteNetworkConfig.remoteNodeNetworks must be set and non-empty", ["remoteNetworkConfig"]] if {
	count(node_networks) == 0
	not empty_lists_for_upgrade
	not lib.control_plane_on_outposts
} else := ["remoteNetworkConfig.remotePodNetworks must be set and non-empty", ["remoteNetworkConfig"]] if {
	count(node_networks) == 0
	not empty_lists_for_upgrade
	lib.control_plane_on_outposts
	count(pod_networks) == 0
} else := ["remoteNetworkConfig.vpcGatewayID is not supported when using pre-existing VPC", ["remoteNetworkConfig", "vpcGatewayID"]] if {
	count(node_networks) > 0
	lib.is_set(lib.get(rnc, "vpcGatewayID", ""))
	lib.is_set(lib.get(lib.get(input, "vpc", {}), "id", ""))
} else := [msg, ["remoteNetworkConfig", "vpcGatewayID"]] if {
	count(node_networks) > 0
	gw := lib.get(rnc, "vpcGatewayID", "")
	lib.is_set(gw)
	not startswith(gw, "tgw-")
	not startswith(gw, "vgw-")
	msg := sprintf("invalid value %q provided for remoteNetworkConfig.vpcGatewayID; only transit gateway (tgw-*) or virtual private gateway (vgw-*) IDs are supported", [gw])
} else := [msg, ["remoteNetworkConfig", "iam", "provider"]] if {
	count(node_networks) > 0
	not lower(provider) in {"ssm", "ira"}
	msg := sprintf("invalid value %q provided for remoteNetworkConfig.iam.provider; only \"SSM\" and \"IRA\" are supported", [provider])
} else := ["remoteNetworkConfig.iam.caBundleCert is not supported when using SSM credentials provider", ["remoteNetworkConfig", "iam", "caBundleCert"]] if {
	count(node_networks) > 0
	lower(provider) == "ssm"
	lib.get(lib.get(rnc, "iam", {}), "caBundleCert", null) != null
} else := ["remoteNetworkConfig.iam.caBundleCert is required when using IAMRolesAnywhere credentials provider", ["remoteNetworkConfig", "iam"]] if {
	count(node_networks) > 0
	lower(provider) == "ira"
	lib.get(lib.get(rnc, "iam", {}), "caBundleCert", null) == null
}

# Both lists given and empty: eksctl lets an upgrade remove every remote network.
empty_lists_for_upgrade if {
	is_array(rnc.remotePodNetworks)
	count(rnc.remotePodNetworks) == 0
}
