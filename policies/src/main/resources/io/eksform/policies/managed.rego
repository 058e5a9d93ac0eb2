# Managed node groups: what eksctl refuses on them but allows on self-managed ones.
package eksform.rules.managed

import data.eksform.lib
import rego.v1

groups := {i: ng | some i, ng in lib.items(lib.get(input, "managedNodeGroups", [])); is_object(ng)}

# METADATA
# title: Field not supported for managed node groups
# description: "Managed node groups take no `iam.instanceProfileARN`, no `outpostARN`, and neither `securityGroups.withLocal` nor `securityGroups.withShared`."
# custom:
#   id: managed/unsupported-field
#   severity: error
#   remediation: Remove the field, or use a self-managed node group (`nodeGroups`) for it.
findings contains lib.finding("managed/unsupported-field", "error", msg, ["managedNodeGroups", i, "iam", "instanceProfileARN"]) if {
	some i, ng in groups
	lib.is_set(lib.get(lib.get(ng, "iam", {}), "instanceProfileARN", ""))
	msg := sprintf("instanceProfileARN is not supported for Managed Nodes (managedNodeGroups[%d].instanceProfileARN)", [i])
}

findings contains lib.finding("managed/unsupported-field", "error", msg, ["managedNodeGroups", i, "outpostARN"]) if {
	some i, ng in groups
	lib.is_set(lib.get(ng, "outpostARN", ""))
	msg := "Outposts is not supported for managed nodegroups"
}

findings contains lib.finding("managed/unsupported-field", "error", msg, ["managedNodeGroups", i, "securityGroups", field]) if {
	some i, ng in groups
	some field in ["withLocal", "withShared"]
	lib.get(lib.get(ng, "securityGroups", {}), field, null) == true
	msg := sprintf("securityGroups.withLocal and securityGroups.withShared are not supported for managed nodegroups (managedNodeGroups[%d].securityGroups)", [i])
}

# METADATA
# title: Managed node group update configuration
# description: "`updateConfig` takes exactly one of `maxUnavailable` and `maxUnavailablePercentage`, and `maxUnavailable` may not exceed the group's `maxSize` (as eksctl defaults it)."
# custom:
#   id: managed/update-config
#   severity: error
#   remediation: Keep one of the two fields, within the group's size.
findings contains lib.finding("managed/update-config", "error", msg, ["managedNodeGroups", i, "updateConfig"]) if {
	some i, ng in groups
	u := lib.get(ng, "updateConfig", null)
	is_object(u)
	not is_number(lib.get(u, "maxUnavailable", null))
	not is_number(lib.get(u, "maxUnavailablePercentage", null))
	msg := "invalid UpdateConfig: maxUnavailable or maxUnavailablePercentage must be defined"
}

findings contains lib.finding("managed/update-config", "error", msg, ["managedNodeGroups", i, "updateConfig", "maxUnavailablePercentage"]) if {
	some i, ng in groups
	u := lib.get(ng, "updateConfig", {})
	is_number(lib.get(u, "maxUnavailable", null))
	is_number(lib.get(u, "maxUnavailablePercentage", null))
	msg := sprintf("cannot use maxUnavailable=%d and maxUnavailablePercentage=%d at the same time", [u.maxUnavailable, u.maxUnavailablePercentage])
}

findings contains lib.finding("managed/update-config", "error", msg, ["managedNodeGroups", i, "updateConfig", "maxUnavailable"]) if {
	some i, ng in groups
	u := lib.get(ng, "updateConfig", {})
	m := lib.get(u, "maxUnavailable", null)
	is_number(m)
	not is_number(lib.get(u, "maxUnavailablePercentage", null))
	max := effective_max(ng)
	m > max
	msg := sprintf("maxUnavailable=%d cannot be greater than maxSize=%d", [m, max])
}

# maxSize as eksctl defaults it: the desired capacity, else the minimum (2 when neither is
# given), and 1 rather than 0.
effective_max(ng) := ng.maxSize if {
	is_number(ng.maxSize)
} else := ng.desiredCapacity if {
	is_number(ng.desiredCapacity)
	ng.desiredCapacity > 0
} else := ng.minSize if {
	not is_number(ng.desiredCapacity)
	is_number(ng.minSize)
	ng.minSize > 0
} else := 2 if {
	not is_number(ng.desiredCapacity)
	not is_number(ng.minSize)
} else := 1

# METADATA
# title: Managed node group instance type conflict
# description: "A managed node group takes one of `instanceType` and `instanceTypes`, and no `instanceType` with `instanceSelector`."
# custom:
#   id: managed/instance-types
#   severity: error
#   remediation: Keep one way of choosing instance types.
findings contains lib.finding("managed/instance-types", "error", msg, ["managedNodeGroups", i, "instanceTypes"]) if {
	some i, ng in groups
	lib.is_set(lib.get(ng, "instanceType", ""))
	count(lib.items(lib.get(ng, "instanceTypes", []))) > 0
	msg := sprintf("only one of instanceType or instanceTypes can be specified (managedNodeGroups[%d])", [i])
}

findings contains lib.finding("managed/instance-types", "error", msg, ["managedNodeGroups", i, "instanceSelector"]) if {
	some i, ng in groups
	lib.is_set(lib.get(ng, "instanceType", ""))
	count(lib.items(lib.get(ng, "instanceTypes", []))) == 0
	sel := lib.get(ng, "instanceSelector", {})
	is_object(sel)
	some _, v in sel
	lib.is_set(v)
	msg := sprintf("cannot set instanceType when instanceSelector is specified (managedNodeGroups[%d])", [i])
}

# METADATA
# title: Managed node group launch template
# description: "`launchTemplate` needs an `id`, a `version` that is a whole number of at least 1, and excludes the fields eksctl would otherwise put in its own template (instanceType, ami, ssh, securityGroups.attachIDs, volumeSize, instanceName, instancePrefix, maxPodsPerNode, disableIMDSv1, disablePodIMDS, preBootstrapCommands, overrideBootstrapCommand, placement)."
# custom:
#   id: managed/launch-template
#   severity: error
#   remediation: Give the template's id and version, and move the other fields into the launch template.
findings contains lib.finding("managed/launch-template", "error", msg, ["managedNodeGroups", i, "launchTemplate"]) if {
	some i, ng in groups
	lt := lib.get(ng, "launchTemplate", null)
	is_object(lt)
	not lib.is_set(lib.get(lt, "id", ""))
	msg := sprintf("launchTemplate.id is required if launchTemplate is set (managedNodeGroups[%d].launchTemplate)", [i])
}

findings contains lib.finding("managed/launch-template", "error", msg, ["managedNodeGroups", i, "launchTemplate", "version"]) if {
	some i, ng in groups
	v := lib.get(lib.get(ng, "launchTemplate", {}), "version", null)
	v != null
	msg := version_problem(v, i)
}

version_problem(v, i) := sprintf("invalid launch template version %q: not a whole number", [v]) if {
	not regex.match(`^[-+]?[0-9]+$`, sprintf("%v", [v]))
} else := sprintf("launchTemplate.version must be >= 1 (managedNodeGroups[%d].launchTemplate.version)", [i]) if {
	to_number(sprintf("%v", [v])) < 1
}

findings contains lib.finding("managed/launch-template", "error", msg, ["managedNodeGroups", i, field]) if {
	some i, ng in groups
	is_object(lib.get(ng, "launchTemplate", null))
	some field in object.keys(ng)
	template_field(field, ng[field])
	msg := "cannot set instanceType, ami, ssh.allow, ssh.enableSSM, ssh.sourceSecurityGroupIds, securityGroups, volumeSize, instanceName, instancePrefix, maxPodsPerNode, disableIMDSv1, disablePodIMDS, preBootstrapCommands, overrideBootstrapCommand, placement in managedNodeGroup when a launch template is supplied"
}

template_field(f, v) if {
	f in {"instanceType", "ami", "instanceName", "instancePrefix", "overrideBootstrapCommand", "placement", "volumeSize"}
	v != null
	v != ""
}

template_field("maxPodsPerNode", v) if v != 0

template_field("preBootstrapCommands", v) if count(lib.items(v)) > 0

template_field("disableIMDSv1", false)

template_field("disablePodIMDS", true)

template_field("ssh", v) if v.allow == true

template_field("ssh", v) if v.enableSsm == true

template_field("ssh", v) if count(lib.items(lib.get(v, "sourceSecurityGroupIds", []))) > 0

template_field("securityGroups", v) if count(lib.items(lib.get(v, "attachIDs", []))) > 0
