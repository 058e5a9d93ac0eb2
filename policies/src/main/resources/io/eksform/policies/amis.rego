# AMI families and custom AMIs of node groups, as eksctl checks them before it calls AWS.
package eksform.rules.amis

import data.eksform.lib
import rego.v1

al2_last := data.eksform.eksctl.amazonLinux2LastVersion

# METADATA
# title: AmazonLinux2 on Kubernetes 1.33 or later
# description: "eksctl refuses `amiFamily: AmazonLinux2` when the cluster's Kubernetes version is 1.33 or later, including when `metadata.version` is absent and eksctl's default version applies. For managed node groups the check applies when no custom `ami` is given, and only to that exact spelling: another letter case passes eksctl and EKS refuses it later (a warning)."
# custom:
#   id: amis/al2-unsupported-version
#   severity: error
#   remediation: "Use `amiFamily: AmazonLinux2023` (or Bottlerocket), or pin `metadata.version` to 1.32 or earlier."
findings contains lib.finding("amis/al2-unsupported-version", severity, msg, [list, i, "amiFamily"]) if {
	some [list, i, ng] in lib.node_groups
	lib.ami_family(ng) == "AmazonLinux2"
	al2_checked(list, ng)
	not lib.version_at_least(al2_last, lib.eksctl_version)
	lib.version_parts(lib.eksctl_version)
	[severity, msg] := al2_verdict(list, ng)
}

# eksctl defaults a managed node group before it normalises the family's letter case, so only the
# exact spelling is refused there; another spelling passes eksctl and EKS refuses it later.
al2_verdict(list, ng) := ["error", sprintf("AmazonLinux2 is not supported for Kubernetes version %s", [lib.version_phrase])] if {
	refused_by_eksctl(list, ng)
} else := ["warning", sprintf("AmazonLinux2 is not supported for Kubernetes version %s; eksctl lets the spelling %q through and EKS refuses the node group when it is created", [lib.version_phrase, ng.amiFamily])]

refused_by_eksctl("nodeGroups", _)

refused_by_eksctl("managedNodeGroups", ng) if ng.amiFamily == "AmazonLinux2"

al2_checked("nodeGroups", _)

al2_checked("managedNodeGroups", ng) if not lib.is_set(lib.get(ng, "ami", ""))

# METADATA
# title: Custom AMI without amiFamily
# description: A node group with a custom `ami` must say which family the AMI is based on.
# custom:
#   id: amis/family-required
#   severity: error
#   remediation: "Set `amiFamily` to the family the AMI is built from, for example `AmazonLinux2023`."
findings contains lib.finding("amis/family-required", "error", msg, [list, i, "ami"]) if {
	some [list, i, ng] in lib.node_groups
	lib.is_set(lib.get(ng, "ami", ""))
	lib.ami_family(ng) == ""
	not lib.is_set(lib.get(ng, "launchTemplate", null))
	msg := sprintf("%s[%d]: when using a custom AMI, amiFamily needs to be explicitly set", [list, i])
}

# METADATA
# title: Unsupported AMI family
# description: "`amiFamily` must be one of the families eksctl supports (any letter case); the Windows Server 2004 and 20H2 families are deprecated."
# custom:
#   id: amis/family-unsupported
#   severity: error
#   remediation: Use one of AmazonLinux2023, AmazonLinux2, Bottlerocket, BottlerocketFips, an Ubuntu or UbuntuPro family, or a WindowsServer 2019/2022/2025 family.
findings contains lib.finding("amis/family-unsupported", "error", msg, [list, i, "amiFamily"]) if {
	some [list, i, ng] in lib.node_groups
	f := lib.ami_family(ng)
	f != ""
	not f in lib.ami_families
	msg := family_message(f)
}

family_message(f) := sprintf("AMI Family %s is deprecated", [f]) if {
	f in {"WindowsServer2004CoreContainer", "WindowsServer20H2CoreContainer"}
} else := sprintf("AMI Family %s is not supported - use one of: %s", [f, concat(", ", lib.ami_families)])

# METADATA
# title: Custom AMI without overrideBootstrapCommand
# description: "A custom `ami` based on AmazonLinux2 or Ubuntu needs `overrideBootstrapCommand`: eksctl cannot bootstrap such an AMI itself (AmazonLinux2023, Bottlerocket and Windows do not need one)."
# custom:
#   id: amis/override-bootstrap-required
#   severity: error
#   remediation: "Add `overrideBootstrapCommand` with the script that joins the node to the cluster, or use an AmazonLinux2023 AMI."
findings contains lib.finding("amis/override-bootstrap-required", "error", msg, [list, i, "ami"]) if {
	some [list, i, ng] in lib.node_groups
	ami := lib.get(ng, "ami", "")
	lib.is_set(ami)
	f := lib.ami_family(ng)
	f != ""
	needs_override(list, f)
	not "overrideBootstrapCommand" in object.keys(ng)
	not lib.is_set(lib.get(ng, "launchTemplate", null))
	msg := sprintf("%s[%d].overrideBootstrapCommand is required when using a custom AMI based on %s (%s[%d].ami)", [list, i, f, list, i])
}

needs_override("nodeGroups", f) if {
	f != "AmazonLinux2023"
	not lib.is_bottlerocket(f)
	not lib.is_windows(f)
}

needs_override("managedNodeGroups", f) if {
	f in {"AmazonLinux2"}
}

needs_override("managedNodeGroups", f) if lib.is_ubuntu(f)

# METADATA
# title: Custom AMI of a managed node group
# description: "A managed node group's custom `ami` must be an AMI id (`ami-...`) of an AmazonLinux, Bottlerocket or Ubuntu family, and excludes `maxPodsPerNode`, `ssh.enableSsm` and `releaseVersion`."
# custom:
#   id: amis/managed-custom-ami
#   severity: error
#   remediation: Give an `ami-` id of a supported family and remove the fields eksctl cannot apply to a custom AMI.
findings contains lib.finding("amis/managed-custom-ami", "error", msg, ["managedNodeGroups", i, "ami"]) if {
	some [list, i, ng] in lib.node_groups
	list == "managedNodeGroups"
	ami := lib.get(ng, "ami", "")
	lib.is_set(ami)
	not lib.is_set(lib.get(ng, "launchTemplate", null))
	is_string(ami)
	not startswith(ami, "ami-")
	msg := sprintf("invalid AMI %q (managedNodeGroups[%d].ami)", [ami, i])
}

findings contains lib.finding("amis/managed-custom-ami", "error", msg, ["managedNodeGroups", i, "amiFamily"]) if {
	some [list, i, ng] in lib.node_groups
	list == "managedNodeGroups"
	lib.is_set(lib.get(ng, "ami", ""))
	not lib.is_set(lib.get(ng, "launchTemplate", null))
	f := lib.ami_family(ng)
	f in lib.ami_families
	not lib.is_amazon_linux(f)
	not lib.is_bottlerocket(f)
	not lib.is_ubuntu(f)
	msg := sprintf("cannot set amiFamily to %s when using a custom AMI for managed nodes, only AmazonLinux, Bottlerocket and Ubuntu families are supported", [f])
}

findings contains lib.finding("amis/managed-custom-ami", "error", msg, path) if {
	some [list, i, ng] in lib.node_groups
	list == "managedNodeGroups"
	lib.is_set(lib.get(ng, "ami", ""))
	not lib.is_set(lib.get(ng, "launchTemplate", null))
	some field, path in custom_ami_conflicts(i, ng)
	msg := sprintf("managedNodeGroups[%d].%s is not supported when using a custom AMI (managedNodeGroups[%d].ami)", [i, field, i])
}

custom_ami_conflicts(i, ng) := object.union_n([
	{"maxPodsPerNode": ["managedNodeGroups", i, "maxPodsPerNode"] | lib.get(ng, "maxPodsPerNode", 0) != 0},
	{"enableSSM": ["managedNodeGroups", i, "ssh", "enableSsm"] | lib.get(lib.get(ng, "ssh", {}), "enableSsm", false) == true},
	{"releaseVersion": ["managedNodeGroups", i, "releaseVersion"] | lib.is_set(lib.get(ng, "releaseVersion", ""))},
])

# METADATA
# title: overrideBootstrapCommand without a custom AMI
# description: "On a managed node group, `overrideBootstrapCommand` only applies with a custom `ami` (AmazonLinux2023 node groups excepted)."
# custom:
#   id: amis/override-without-ami
#   severity: error
#   remediation: "Remove `overrideBootstrapCommand`, or give the custom `ami` it bootstraps."
findings contains lib.finding("amis/override-without-ami", "error", msg, ["managedNodeGroups", i, "overrideBootstrapCommand"]) if {
	some [list, i, ng] in lib.node_groups
	list == "managedNodeGroups"
	"overrideBootstrapCommand" in object.keys(ng)
	not lib.is_set(lib.get(ng, "ami", ""))
	not lib.is_set(lib.get(ng, "launchTemplate", null))
	f := lib.ami_family(ng)
	f != "AmazonLinux2023"
	not lib.is_bottlerocket(f)
	not lib.is_windows(f)
	msg := sprintf("managedNodeGroups[%d].overrideBootstrapCommand can only be set when a custom AMI (managedNodeGroups[%d].ami) is specified", [i, i])
}

# METADATA
# title: Field not supported by the AMI family
# description: "Bottlerocket node groups take neither `preBootstrapCommands` nor `overrideBootstrapCommand` (nor, self-managed, `kubeletExtraConfig`); Windows node groups take no `overrideBootstrapCommand` (managed) or `kubeletExtraConfig` (self-managed); a `bottlerocket` block needs a Bottlerocket family."
# custom:
#   id: amis/family-field
#   severity: error
#   remediation: "Remove the field, or use `bottlerocket.settings` for Bottlerocket nodes."
findings contains lib.finding("amis/family-field", "error", msg, [list, i, field]) if {
	some [list, i, ng] in lib.node_groups
	f := lib.ami_family(ng)
	some field in unsupported_fields(list, f)
	field in object.keys(ng)
	ng[field] != null
	msg := sprintf("%s is not supported for %s nodegroups (path=%s[%d].%s)", [field, f, list, i, field])
}

unsupported_fields("nodeGroups", f) := ["kubeletExtraConfig", "preBootstrapCommands", "overrideBootstrapCommand"] if lib.is_bottlerocket(f)

unsupported_fields("nodeGroups", f) := ["kubeletExtraConfig"] if lib.is_windows(f)

unsupported_fields("managedNodeGroups", f) := ["preBootstrapCommands", "overrideBootstrapCommand"] if lib.is_bottlerocket(f)

unsupported_fields("managedNodeGroups", f) := ["overrideBootstrapCommand"] if lib.is_windows(f)

findings contains lib.finding("amis/family-field", "error", msg, ["nodeGroups", i, "bottlerocket"]) if {
	some [list, i, ng] in lib.node_groups
	list == "nodeGroups"
	lib.get(ng, "bottlerocket", null) != null
	f := lib.ami_family(ng)
	not lib.is_bottlerocket(f)
	msg := sprintf("bottlerocket config can only be used with amiFamily \"Bottlerocket\" or \"BottlerocketFips\" but found %q (path=nodeGroups[%d].bottlerocket)", [f, i])
}

# METADATA
# title: Bottlerocket setting that has a node group field
# description: "`bottlerocket.settings.kubernetes` must not set `node-labels`, `node-taints` or `max-pods` (use `labels`, `taints`, `maxPodsPerNode`), nor `cluster-dns-ip` together with `clusterDNS`."
# custom:
#   id: amis/bottlerocket-settings
#   severity: error
#   remediation: Use the node group's own field instead of the Bottlerocket setting.
findings contains lib.finding("amis/bottlerocket-settings", "error", msg, ["nodeGroups", i, "bottlerocket", "settings", "kubernetes", key]) if {
	some i, ng in lib.items(lib.get(input, "nodeGroups", []))
	lib.is_bottlerocket(lib.ami_family(ng))
	kube := lib.get(lib.get(lib.get(ng, "bottlerocket", {}), "settings", {}), "kubernetes", {})
	is_object(kube)
	some key, field in {"node-labels": "labels", "node-taints": "taints", "max-pods": "maxPodsPerNode"}
	key in object.keys(kube)
	msg := sprintf("invalid Bottlerocket setting: use nodeGroups[%d].%s instead (path=nodeGroups[%d].bottlerocket.settings.kubernetes.%s)", [i, field, i, key])
}

findings contains lib.finding("amis/bottlerocket-settings", "error", msg, ["nodeGroups", i, "clusterDNS"]) if {
	some i, ng in lib.items(lib.get(input, "nodeGroups", []))
	lib.is_bottlerocket(lib.ami_family(ng))
	kube := lib.get(lib.get(lib.get(ng, "bottlerocket", {}), "settings", {}), "kubernetes", {})
	is_object(kube)
	"cluster-dns-ip" in object.keys(kube)
	lib.is_set(lib.get(ng, "clusterDNS", ""))
	msg := sprintf("only one of nodeGroups[%d].bottlerocket.settings.kubernetes.cluster-dns-ip or nodeGroups[%d].clusterDNS can be set", [i, i])
}
