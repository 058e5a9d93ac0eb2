package eksform.rules.network_test

import data.eksform.rules.network
import rego.v1

found(id, cfg) if {
	some f in network.findings with input as cfg
	f.id == id
}

ipv6 := {"ipFamily": "IPv6"}

test_ip_family if found("network/ip-family", {"kubernetesNetworkConfig": {"ipFamily": "IPv5"}})

test_ip_family_lower_case if not found("network/ip-family", {"kubernetesNetworkConfig": {"ipFamily": "ipv6"}})

test_service_cidr_ipv6 if found("network/service-cidr-ipv6", {"kubernetesNetworkConfig": {"ipFamily": "IPv6", "serviceIPv4CIDR": "10.0.0.0/16"}})

test_ipv6_needs_coredns if found("network/ipv6-requirements", {"kubernetesNetworkConfig": ipv6, "addons": [{"name": "vpc-cni"}], "iam": {"withOIDC": true}})

test_ipv6_needs_oidc if found("network/ipv6-requirements", {"kubernetesNetworkConfig": ipv6, "addons": [{"name": "vpc-cni"}, {"name": "coredns"}, {"name": "kube-proxy"}]})

test_ipv6_ok if not found("network/ipv6-requirements", {"kubernetesNetworkConfig": ipv6, "iam": {"withOIDC": true}, "addons": [{"name": "vpc-cni"}, {"name": "coredns"}, {"name": "kube-proxy"}]})

test_ipv6_old_cni if found("network/ipv6-requirements", {"kubernetesNetworkConfig": ipv6, "iam": {"withOIDC": true}, "addons": [{"name": "vpc-cni", "version": "v1.9.3-eksbuild.1"}, {"name": "coredns"}]})

test_ipv6_auto_mode if not found("network/ipv6-requirements", {"kubernetesNetworkConfig": ipv6, "autoModeConfig": {"enabled": true}})
