# Clusters and node groups on AWS Outposts, as eksctl checks them.
package eksform.rules.outposts

import data.eksform.lib
import rego.v1

outpost := lib.get(input, "outpost", null)

vpc := lib.get(input, "vpc", {})

# METADATA
# title: Outpost cluster settings
# description: "An `outpost` block needs `controlPlaneOutpostARN`, an ARN of the outposts service; `etcdPlacement` and `controlPlanePlacement.spreadLevel` need `etcdInstanceType`, which excludes `controlPlanePlacement.groupName` and the CONFIG_MAP authentication mode; `accessConfig.bootstrapClusterCreatorAdminPermissions` cannot be false."
# custom:
#   id: outposts/control-plane
#   severity: error
#   remediation: Complete the `outpost` block as the message says.
findings contains lib.finding("outposts/control-plane", "error", msg, path) if {
	is_object(outpost)
	some [msg, path] in control_plane_problems
}

control_plane_problems contains ["outpost.controlPlaneOutpostARN is required for Outposts", ["outpost"]] if {
	not lib.is_set(lib.get(outpost, "controlPlaneOutpostARN", ""))
}

control_plane_problems contains [sprintf("invalid Outpost ARN: %q", [arn]), ["outpost", "controlPlaneOutpostARN"]] if {
	arn := lib.get(outpost, "controlPlaneOutpostARN", "")
	lib.is_set(arn)
	not outpost_arn(arn)
}

control_plane_problems contains ["accessConfig.BootstrapClusterCreatorAdminPermissions can't be set to false on Outposts", ["accessConfig", "bootstrapClusterCreatorAdminPermissions"]] if {
	lib.get(lib.get(input, "accessConfig", {}), "bootstrapClusterCreatorAdminPermissions", true) == false
}

control_plane_problems contains ["outpost.etcdInstanceType is required when outpost.etcdPlacement is specified", ["outpost", "etcdPlacement"]] if {
	lib.get(outpost, "etcdPlacement", null) != null
	not lib.is_set(lib.get(outpost, "etcdInstanceType", ""))
}

control_plane_problems contains ["outpost.etcdInstanceType is required when outpost.controlPlanePlacement.spreadLevel is specified", ["outpost", "controlPlanePlacement", "spreadLevel"]] if {
	lib.is_set(lib.get(lib.get(outpost, "controlPlanePlacement", {}), "spreadLevel", ""))
	not lib.is_set(lib.get(outpost, "etcdInstanceType", ""))
}

control_plane_problems contains ["outpost.controlPlanePlacement.groupName is not supported when outpost.etcdInstanceType is specified", ["outpost", "controlPlanePlacement", "groupName"]] if {
	lib.is_set(lib.get(lib.get(outpost, "controlPlanePlacement", {}), "groupName", ""))
	lib.is_set(lib.get(outpost, "etcdInstanceType", ""))
}

control_plane_problems contains ["Outpost clusters with EC2 instance store require accessConfig.authenticationMode to be API_AND_CONFIG_MAP or API", ["accessConfig", "authenticationMode"]] if {
	lib.is_set(lib.get(outpost, "etcdInstanceType", ""))
	lib.get(lib.get(input, "accessConfig", {}), "authenticationMode", "") == "CONFIG_MAP"
}

outpost_arn(arn) if regex.match(`^arn:[^:]*:outposts:[^:]*:[^:]*:.*`, arn)

# METADATA
# title: Feature not supported on Outposts
# description: "A control plane on Outposts takes no IPv6, add-ons, identity providers, Fargate profiles, Karpenter, KMS secrets encryption, `availabilityZones`, `localZones`, GitOps, `iam.withOIDC`, `vpc.autoAllocateIPv6`, `vpc.publicAccessCIDRs`, managed node groups, Auto Mode, public endpoint access (or disabled private access)."
# custom:
#   id: outposts/unsupported
#   severity: error
#   remediation: Remove the feature from a cluster on Outposts.
findings contains lib.finding("outposts/unsupported", "error", msg, path) if {
	lib.control_plane_on_outposts
	some [msg, path] in unsupported
}

unsupported contains ["IPv6 is not supported on Outposts", ["kubernetesNetworkConfig", "ipFamily"]] if lib.ipv6

unsupported contains [msg, [field]] if {
	some [field, msg] in [
		["addons", "Addons are not supported on Outposts"],
		["identityProviders", "Identity Providers are not supported on Outposts"],
		["fargateProfiles", "Fargate is not supported on Outposts"],
		["availabilityZones", "cannot specify availabilityZones on Outposts; the AZ defaults to the Outpost AZ"],
		["localZones", "cannot specify localZones on Outposts; the AZ defaults to the Outpost AZ"],
		["managedNodeGroups", "Managed Nodegroups are not supported on Outposts"],
	]
	count(lib.items(lib.get(input, field, []))) > 0
}

unsupported contains ["Karpenter is not supported on Outposts", ["karpenter"]] if lib.get(input, "karpenter", null) != null

unsupported contains ["GitOps is not supported on Outposts", ["gitops"]] if lib.get(input, "gitops", null) != null

unsupported contains ["KMS encryption is not supported on Outposts", ["secretsEncryption", "keyARN"]] if {
	lib.is_set(lib.get(lib.get(input, "secretsEncryption", {}), "keyARN", ""))
}

unsupported contains ["iam.withOIDC is not supported on Outposts", ["iam", "withOIDC"]] if {
	lib.get(lib.get(input, "iam", {}), "withOIDC", false) == true
}

unsupported contains ["autoAllocateIPv6 is not supported on Outposts", ["vpc", "autoAllocateIPv6"]] if {
	lib.get(vpc, "autoAllocateIPv6", false) == true
}

unsupported contains ["publicAccessCIDRs is not supported on Outposts", ["vpc", "publicAccessCIDRs"]] if {
	count(lib.items(lib.get(vpc, "publicAccessCIDRs", []))) > 0
}

unsupported contains ["Auto Mode is not supported on Outposts", ["autoModeConfig", "enabled"]] if lib.auto_mode

unsupported contains ["clusterEndpoints.publicAccess cannot be enabled for a cluster on Outposts; the cluster defaults to private-endpoint-only access", ["vpc", "clusterEndpoints", "publicAccess"]] if {
	lib.get(lib.get(vpc, "clusterEndpoints", {}), "publicAccess", null) == true
}

unsupported contains ["clusterEndpoints.privateAccess cannot be disabled for a cluster on Outposts; the cluster defaults to private-endpoint-only access", ["vpc", "clusterEndpoints", "privateAccess"]] if {
	lib.get(lib.get(vpc, "clusterEndpoints", {}), "publicAccess", null) != true
	lib.get(lib.get(vpc, "clusterEndpoints", {}), "privateAccess", null) == false
}

# METADATA
# title: Node group on Outposts
# description: "Self-managed node groups on Outposts share one Outpost, the control plane's when it runs there; their `outpostARN` is an outposts ARN; they take no `instanceSelector`, `availabilityZones` or `localZones`; on a local cluster only AmazonLinux2 and AmazonLinux2023 AMIs and gp2 volumes; `outpostARN` is refused in a fully private cluster."
# custom:
#   id: outposts/nodegroup
#   severity: error
#   remediation: Place the node group on the cluster's Outpost, without the refused fields.
findings contains lib.finding("outposts/nodegroup", "error", msg, path) if {
	some [msg, path] in nodegroup_problems
}

nodegroups := {i: ng | some i, ng in lib.items(lib.get(input, "nodeGroups", [])); is_object(ng)}

on_outpost(ng) if lib.control_plane_on_outposts

on_outpost(ng) if lib.is_set(lib.get(ng, "outpostARN", ""))

nodegroup_problems contains [sprintf("invalid Outpost ARN: %q", [arn]), ["nodeGroups", i, "outpostARN"]] if {
	some i, ng in nodegroups
	arn := lib.get(ng, "outpostARN", "")
	lib.is_set(arn)
	not outpost_arn(arn)
}

nodegroup_problems contains [msg, ["nodeGroups", i, "outpostARN"]] if {
	lib.control_plane_on_outposts
	some i, ng in nodegroups
	arn := lib.get(ng, "outpostARN", "")
	lib.is_set(arn)
	arn != outpost.controlPlaneOutpostARN
	msg := sprintf("nodeGroup.outpostARN must either be empty or match the control plane's Outpost ARN (%q != %q)", [arn, outpost.controlPlaneOutpostARN])
}

nodegroup_problems contains [msg, ["nodeGroups", j, "outpostARN"]] if {
	some i, a in nodegroups
	some j, b in nodegroups
	i < j
	lib.is_set(lib.get(a, "outpostARN", ""))
	lib.is_set(lib.get(b, "outpostARN", ""))
	a.outpostARN != b.outpostARN
	msg := sprintf("cannot create nodegroups in two different Outposts; got Outpost ARN %q and %q", [a.outpostARN, b.outpostARN])
}

nodegroup_problems contains ["nodeGroup.outpostARN is not supported on a fully-private cluster (privateCluster.enabled)", ["nodeGroups", i, "outpostARN"]] if {
	not lib.control_plane_on_outposts
	lib.get(lib.get(input, "privateCluster", {}), "enabled", false) == true
	some i, ng in nodegroups
	lib.is_set(lib.get(ng, "outpostARN", ""))
}

nodegroup_problems contains ["cannot specify instanceSelector for a nodegroup on Outposts", ["nodeGroups", i, "instanceSelector"]] if {
	some i, ng in nodegroups
	on_outpost(ng)
	some _, v in lib.get(ng, "instanceSelector", {})
	lib.is_set(v)
}

nodegroup_problems contains [sprintf("%s cannot be specified for a nodegroup on Outposts; the AZ defaults to the Outpost AZ", [field]), ["nodeGroups", i, field]] if {
	some i, ng in nodegroups
	on_outpost(ng)
	some field in ["availabilityZones", "localZones"]
	count(lib.items(lib.get(ng, field, []))) > 0
}

nodegroup_problems contains ["only AmazonLinux2 and AmazonLinux2023 is supported on local clusters", ["nodeGroups", i, "amiFamily"]] if {
	lib.control_plane_on_outposts
	some i, ng in nodegroups
	f := lib.ami_family(ng)
	f in lib.ami_families
	not lib.is_amazon_linux(f)
}

nodegroup_problems contains [msg, ["nodeGroups", i, "volumeType"]] if {
	lib.control_plane_on_outposts
	some i, ng in nodegroups
	t := lib.get(ng, "volumeType", null)
	is_string(t)
	t != "gp2"
	msg := sprintf("cannot set %q for nodeGroups[%d].volumeType; only \"gp2\" volume types are supported on Outposts", [t, i])
}
