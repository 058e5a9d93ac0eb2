# Kubernetes network configuration and IPv6 clusters, as eksctl checks them at cluster creation.
package eksform.rules.network

import data.eksform.lib
import rego.v1

knc := lib.get(input, "kubernetesNetworkConfig", {})

# eksctl runs these checks only when it creates the cluster, not on a config that carries status.
creating if not lib.is_set(lib.get(input, "status", null))

# METADATA
# title: Unknown IP family
# description: "`kubernetesNetworkConfig.ipFamily` is `IPv4` or `IPv6` (eksctl accepts any letter case)."
# custom:
#   id: network/ip-family
#   severity: error
#   remediation: Use `IPv4` (the default) or `IPv6`.
findings contains lib.finding("network/ip-family", "error", msg, ["kubernetesNetworkConfig", "ipFamily"]) if {
	creating
	f := lib.get(knc, "ipFamily", "")
	is_string(f)
	not lower(f) in {"", "ipv4", "ipv6"}
	msg := sprintf("invalid value %q for ipFamily; allowed are IPv4 and IPv6", [f])
}

# METADATA
# title: Service IPv4 CIDR on an IPv6 cluster
# description: "`kubernetesNetworkConfig.serviceIPv4CIDR` cannot be set on an IPv6 cluster."
# custom:
#   id: network/service-cidr-ipv6
#   severity: error
#   remediation: Remove `serviceIPv4CIDR`, or use IPv4.
findings contains lib.finding("network/service-cidr-ipv6", "error", msg, ["kubernetesNetworkConfig", "serviceIPv4CIDR"]) if {
	creating
	lib.ipv6
	lib.is_set(lib.get(knc, "serviceIPv4CIDR", ""))
	msg := "service IPv4 CIDR is not supported with IPv6"
}

# METADATA
# title: IPv6 cluster requirements
# description: "Without Auto Mode, an IPv6 cluster lists the `coredns` add-on; with a `vpc-cni` add-on it needs the `eks-pod-identity-agent` add-on or `iam.withOIDC: true`, and with the agent, pod identity for vpc-cni (`addonsConfig.autoApplyPodIdentityAssociations`, `useDefaultPodIdentityAssociations` or its own associations); vpc-cni must be at least 1.10.0 and the cluster at least 1.21."
# custom:
#   id: network/ipv6-requirements
#   severity: error
#   remediation: Add the missing add-ons or settings, or use EKS Auto Mode.
findings contains lib.finding("network/ipv6-requirements", "error", msg, ["kubernetesNetworkConfig", "ipFamily"]) if {
	creating
	lib.ipv6
	not lib.auto_mode
	not "coredns" in lower_addons
	msg := "the default core addons must be defined for IPv6; missing addon(s): coredns; either define them or use EKS Auto Mode"
}

findings contains lib.finding("network/ipv6-requirements", "error", msg, ["addons", k]) if {
	creating
	lib.ipv6
	not lib.auto_mode
	some k, a in lib.items(lib.get(input, "addons", []))
	a.name == "vpc-cni"
	not "eks-pod-identity-agent" in lower_addons
	lib.get(lib.get(input, "iam", {}), "withOIDC", false) != true
	msg := "either pod identity or oidc needs to be enabled if IPv6 is set; set either one or use EKS Auto Mode"
}

findings contains lib.finding("network/ipv6-requirements", "error", msg, ["addons", k]) if {
	creating
	lib.ipv6
	not lib.auto_mode
	some k, a in lib.items(lib.get(input, "addons", []))
	a.name == "vpc-cni"
	"eks-pod-identity-agent" in lower_addons
	lib.get(lib.get(input, "addonsConfig", {}), "autoApplyPodIdentityAssociations", false) != true
	lib.get(a, "useDefaultPodIdentityAssociations", false) != true
	count(lib.items(lib.get(a, "podIdentityAssociations", []))) == 0
	msg := "Set one of: addonsConfig.autoApplyPodIdentityAssociations, useDefaultPodIdentityAssociations on the vpc-cni addon, apply a custom pod identity on the vpc-cni addon"
}

findings contains lib.finding("network/ipv6-requirements", "error", msg, ["addons", k, "version"]) if {
	creating
	lib.ipv6
	some k, a in lib.items(lib.get(input, "addons", []))
	a.name == "vpc-cni"
	v := lib.get(a, "version", "")
	is_string(v)
	not v in {"", "latest"}
	older_than(v, data.eksform.eksctl.minimumVpcCniVersionForIPv6)
	msg := sprintf("vpc-cni version must be at least version %s for IPv6", [data.eksform.eksctl.minimumVpcCniVersionForIPv6])
}

findings contains lib.finding("network/ipv6-requirements", "error", msg, ["metadata", "version"]) if {
	creating
	lib.ipv6
	lib.explicit_version
	not lib.version_at_least(lib.eksctl_version, "1.21")
	lib.version_parts(lib.eksctl_version)
	msg := "cluster version must be >= 1.21"
}

lower_addons := {lower(n) | some n in lib.addon_names}

# Semantic versions compared on their numbers, ignoring a leading v and any -suffix.
older_than(a, b) if semver_parts(a) < semver_parts(b)

semver_parts(v) := [to_number(x) | some x in array.slice(array.concat(split(core, "."), ["0", "0", "0"]), 0, 3)] if {
	core := split(split(trim_prefix(v, "v"), "-")[0], "+")[0]
	regex.match(`^[0-9]+(\.[0-9]+)*$`, core)
}
