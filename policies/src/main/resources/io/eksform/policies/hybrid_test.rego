package eksform.rules.hybrid_test

import data.eksform.rules.hybrid
import rego.v1

found(id, cfg) if {
	some f in hybrid.findings with input as cfg
	f.id == id
}

nodes := [{"cidrs": ["10.80.146.0/24"]}]

test_clean if count(hybrid.findings) == 0 with input as {"remoteNetworkConfig": {"vpcGatewayID": "tgw-1", "remoteNodeNetworks": nodes, "iam": {"provider": "SSM"}}}

test_ipv6 if found("hybrid/remote-network", {"kubernetesNetworkConfig": {"ipFamily": "IPv6"}, "remoteNetworkConfig": {"remoteNodeNetworks": nodes}})

test_config_map if found("hybrid/remote-network", {"accessConfig": {"authenticationMode": "CONFIG_MAP"}, "remoteNetworkConfig": {"remoteNodeNetworks": nodes}})

test_two_node_networks if found("hybrid/remote-network", {"remoteNetworkConfig": {"remoteNodeNetworks": array.concat(nodes, nodes)}})

test_no_node_networks if found("hybrid/remote-network", {"remoteNetworkConfig": {"vpcGatewayID": "tgw-1"}})

test_gateway_kind if found("hybrid/remote-network", {"remoteNetworkConfig": {"vpcGatewayID": "igw-1", "remoteNodeNetworks": nodes}})

test_ira_without_ca if found("hybrid/remote-network", {"remoteNetworkConfig": {"remoteNodeNetworks": nodes, "iam": {"provider": "IRA"}}})

test_ssm_with_ca if found("hybrid/remote-network", {"remoteNetworkConfig": {"remoteNodeNetworks": nodes, "iam": {"provider": "SSM", "caBundleCert": "x"}}})
