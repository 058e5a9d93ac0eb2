# Node group fields eksctl checks on both kinds of node group: names, volumes, labels, taints,
# SSH, placement and instance options.
package eksform.rules.nodegroup_fields

import data.eksform.lib
import rego.v1

# METADATA
# title: Node group without a name
# description: Every entry of `nodeGroups` and `managedNodeGroups` needs a `name`.
# custom:
#   id: nodegroups/name-missing
#   severity: error
#   remediation: Give the node group a name.
findings contains lib.finding("nodegroups/name-missing", "error", msg, [list, i]) if {
	some [list, i, ng] in lib.node_groups
	not lib.is_set(lib.get(ng, "name", ""))
	msg := sprintf("%s[%d].name must be set", [list, i])
}

# METADATA
# title: Self-managed node group name syntax
# description: "eksctl accepts only letters, digits and `-` in a self-managed node group's name (it becomes part of a CloudFormation stack name)."
# custom:
#   id: nodegroups/name-syntax
#   severity: error
#   remediation: Use only letters, digits and hyphens.
findings contains lib.finding("nodegroups/name-syntax", "error", msg, ["nodeGroups", i, "name"]) if {
	some i, ng in lib.items(lib.get(input, "nodeGroups", []))
	name := lib.get(ng, "name", "")
	is_string(name)
	regex.match(`[^a-zA-Z0-9-]`, name)
	msg := sprintf("validation for %s failed, name must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*", [name])
}

# METADATA
# title: Volume options
# description: "`volumeName`, `volumeEncrypted` and `volumeKmsKeyID` need `volumeSize`; `volumeKmsKeyID` needs `volumeEncrypted: true`; `volumeIOPS` only for io1 (100-64000), io2 (100-256000) and gp3 (3000-16000); `volumeThroughput` only for gp3 (125-1000)."
# custom:
#   id: nodegroups/volume-options
#   severity: error
#   remediation: Set `volumeSize`, `volumeEncrypted` or a `volumeType` that takes the option, and keep IOPS and throughput within the type's range.
findings contains lib.finding("nodegroups/volume-options", "error", msg, [list, i, field]) if {
	some [list, i, ng] in lib.node_groups
	not "volumeSize" in object.keys(ng)
	some field in ["volumeName", "volumeEncrypted", "volumeKmsKeyID"]
	v := lib.get(ng, field, null)
	volume_field_set(v)
	msg := sprintf("%s[%d].%s cannot be set without %s[%d].volumeSize", [list, i, field, list, i])
}

findings contains lib.finding("nodegroups/volume-options", "error", msg, [list, i, "volumeKmsKeyID"]) if {
	some [list, i, ng] in lib.node_groups
	"volumeSize" in object.keys(ng)
	lib.is_set(lib.get(ng, "volumeKmsKeyID", ""))
	lib.get(ng, "volumeEncrypted", false) != true
	msg := sprintf("%s[%d].volumeKmsKeyID can not be set without %s[%d].volumeEncrypted enabled explicitly", [list, i, list, i])
}

findings contains lib.finding("nodegroups/volume-options", "error", msg, [list, i, "volumeIOPS"]) if {
	some [list, i, ng] in lib.node_groups
	is_number(ng.volumeIOPS)
	t := volume_type(ng)
	not t in {"io1", "io2", "gp3"}
	msg := sprintf("%s[%d].volumeIOPS is only supported for io1, io2 and gp3 volume types", [list, i])
}

findings contains lib.finding("nodegroups/volume-options", "error", msg, [list, i, "volumeIOPS"]) if {
	some [list, i, ng] in lib.node_groups
	iops := ng.volumeIOPS
	is_number(iops)
	[lo, hi] := iops_range[volume_type(ng)]
	not between(iops, lo, hi)
	msg := sprintf("value for %s[%d].volumeIOPS must be within range %d-%d", [list, i, lo, hi])
}

findings contains lib.finding("nodegroups/volume-options", "error", msg, [list, i, "volumeThroughput"]) if {
	some [list, i, ng] in lib.node_groups
	is_number(ng.volumeThroughput)
	volume_type(ng) != "gp3"
	msg := sprintf("%s[%d].volumeThroughput is only supported for gp3 volume type", [list, i])
}

findings contains lib.finding("nodegroups/volume-options", "error", msg, [list, i, "volumeThroughput"]) if {
	some [list, i, ng] in lib.node_groups
	is_number(ng.volumeThroughput)
	volume_type(ng) == "gp3"
	not between(ng.volumeThroughput, 125, 1000)
	msg := sprintf("value for %s[%d].volumeThroughput must be within range 125-1000", [list, i])
}

iops_range := {"io1": [100, 64000], "io2": [100, 256000], "gp3": [3000, 16000]}

between(x, lo, hi) if {
	x >= lo
	x <= hi
}

# An unset volumeType is eksctl's default, gp3.
volume_type(ng) := t if {
	t := lib.get(ng, "volumeType", null)
	is_string(t)
} else := "gp3"

volume_field_set(true)

volume_field_set(v) if {
	is_string(v)
	v != ""
}

# METADATA
# title: Node group options that contradict each other
# description: "eksctl refuses: a negative `maxPodsPerNode`; `subnets` with `availabilityZones` or `localZones` with `availabilityZones`; `placement` without `groupName`; `efaEnabled` with more than one subnet or zone; `disablePodIMDS` with `iam.withAddonPolicies`; `ssh.enableSsm: false`; more than one of `ssh.publicKeyName`, `publicKeyPath` and `publicKey`; both a capacity reservation preference and target, a preference other than open or none, both a reservation id and group ARN, `instanceMarketOptions` without `capacityReservation` or with a market type other than capacity-block."
# custom:
#   id: nodegroups/conflicting-options
#   severity: error
#   remediation: Keep one of the conflicting fields, or give the missing one.
findings contains lib.finding("nodegroups/conflicting-options", "error", msg, [list, i, "maxPodsPerNode"]) if {
	some [list, i, ng] in lib.node_groups
	is_number(ng.maxPodsPerNode)
	ng.maxPodsPerNode < 0
	msg := sprintf("%s[%d].maxPodsPerNode cannot be negative", [list, i])
}

findings contains lib.finding("nodegroups/conflicting-options", "error", msg, [list, i, "placement"]) if {
	some [list, i, ng] in lib.node_groups
	p := lib.get(ng, "placement", null)
	p != null
	not lib.is_set(lib.get(p, "groupName", ""))
	msg := sprintf("%s[%d].placement.groupName must be set and non-empty", [list, i])
}

findings contains lib.finding("nodegroups/conflicting-options", "error", msg, [list, i, "efaEnabled"]) if {
	some [list, i, ng] in lib.node_groups
	lib.get(ng, "efaEnabled", false) == true
	some field in ["availabilityZones", "subnets"]
	count(lib.items(lib.get(ng, field, []))) > 1
	msg := sprintf("%s[%d].efaEnabled nodegroups must have only one subnet or one availability zone", [list, i])
}

findings contains lib.finding("nodegroups/conflicting-options", "error", msg, [list, i, "iam", "withAddonPolicies", policy]) if {
	some [list, i, ng] in lib.node_groups
	lib.get(ng, "disablePodIMDS", false) == true
	some policy, on in lib.get(lib.get(ng, "iam", {}), "withAddonPolicies", {})
	on == true
	msg := sprintf("%s[%d].disablePodIMDS and %s[%d].iam.withAddonPolicies cannot be set at the same time", [list, i, list, i])
}

findings contains lib.finding("nodegroups/conflicting-options", "error", msg, [list, i, "ssh", "enableSsm"]) if {
	some [list, i, ng] in lib.node_groups
	lib.get(lib.get(ng, "ssh", {}), "enableSsm", null) == false
	msg := "SSM agent is now built into EKS AMIs and cannot be disabled"
}

findings contains lib.finding("nodegroups/conflicting-options", "error", msg, ["nodeGroups", i, "ssh", second]) if {
	some i, ng in lib.items(lib.get(input, "nodeGroups", []))
	ssh := lib.get(ng, "ssh", {})
	keys := [k | some k in ["publicKeyName", "publicKeyPath", "publicKey"]; lib.is_set(lib.get(ssh, k, ""))]
	count(keys) > 1
	second := keys[1]
	msg := sprintf("only one of publicKeyName, publicKeyPath or publicKey can be specified for SSH per node-group (nodeGroups[%d].ssh.%s and .%s)", [i, keys[0], second])
}

findings contains lib.finding("nodegroups/conflicting-options", "error", msg, ["nodeGroups", i, "localZones"]) if {
	some i, ng in lib.items(lib.get(input, "nodeGroups", []))
	count(lib.items(lib.get(ng, "localZones", []))) > 0
	count(lib.items(lib.get(ng, "availabilityZones", []))) > 0
	msg := "cannot specify both localZones and availabilityZones"
}

findings contains lib.finding("nodegroups/conflicting-options", "error", msg, path) if {
	some [list, i, ng] in lib.node_groups
	[msg, path] := capacity_problem(list, i, ng)
}

capacity_problem(list, i, ng) := ["instanceMarketOptions cannot be set without capacityReservation", [list, i, "instanceMarketOptions"]] if {
	lib.get(ng, "capacityReservation", null) == null
	lib.get(ng, "instanceMarketOptions", null) != null
} else := ["only one of CapacityReservationPreference or CapacityReservationTarget may be specified at a time", [list, i, "capacityReservation", "capacityReservationTarget"]] if {
	cr := lib.get(ng, "capacityReservation", {})
	lib.get(cr, "capacityReservationPreference", null) != null
	lib.get(cr, "capacityReservationTarget", null) != null
} else := [sprintf("accepted values include \"open\" and \"none\"; got %q", [p]), [list, i, "capacityReservation", "capacityReservationPreference"]] if {
	p := lib.get(lib.get(ng, "capacityReservation", {}), "capacityReservationPreference", null)
	is_string(p)
	not p in {"open", "none"}
} else := ["only one of CapacityReservationID or CapacityReservationResourceGroupARN may be specified at a time", [list, i, "capacityReservation", "capacityReservationTarget", "capacityReservationResourceGroupARN"]] if {
	target := lib.get(lib.get(ng, "capacityReservation", {}), "capacityReservationTarget", {})
	lib.get(target, "capacityReservationID", null) != null
	lib.get(target, "capacityReservationResourceGroupARN", null) != null
} else := [sprintf("only accepted value is \"capacity-block\"; got %q", [t]), [list, i, "instanceMarketOptions", "marketType"]] if {
	lib.get(ng, "capacityReservation", null) != null
	t := lib.get(lib.get(ng, "instanceMarketOptions", {}), "marketType", null)
	is_string(t)
	t != "capacity-block"
}

# METADATA
# title: Node label syntax or reserved prefix
# description: "Node group labels follow Kubernetes syntax (a qualified name with at most one `/`, a value of at most 63 characters), and keys under `kubernetes.io/` or `k8s.io/` are refused unless they are labels the kubelet sets itself (such as `node.kubernetes.io/...` or `topology.kubernetes.io/zone`)."
# custom:
#   id: nodegroups/labels
#   severity: error
#   remediation: Fix the label, or move it under your own prefix (for example `example.com/role`).
findings contains lib.finding("nodegroups/labels", "error", msg, [list, i, "labels", key]) if {
	some [list, i, ng] in lib.node_groups
	labels := lib.get(ng, "labels", {})
	is_object(labels)
	some key, value in labels
	msg := label_problem(key, value)
}

label_problem(key, value) := sprintf("node label key %q is of invalid format, can only use one '/' separator", [key]) if {
	count(split(key, "/")) > 2
} else := sprintf("label %q is invalid - not a qualified name", [key]) if {
	not regex.match(qualified_name, key)
} else := sprintf("label %q has invalid value %q", [key, value]) if {
	not valid_label_value(value)
} else := sprintf("the following nodegroup labels are disallowed as they have reserved prefixes [kubernetes.io/, k8s.io/]: [%s]", [key]) if {
	reserved_label(key)
}

valid_label_value(v) if {
	is_string(v)
	regex.match(`^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$`, v)
	count(v) <= 63
}

qualified_name := `^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$`

reserved_label(key) if {
	parts := split(key, "/")
	count(parts) == 2
	kubernetes_namespace(parts[0])
	not kubelet_label(key, parts[0])
}

kubernetes_namespace(ns) if ns in {"kubernetes.io", "k8s.io"}

kubernetes_namespace(ns) if endswith(ns, ".kubernetes.io")

kubernetes_namespace(ns) if endswith(ns, ".k8s.io")

kubelet_label(key, _) if key in {
	"kubernetes.io/hostname", "topology.kubernetes.io/zone", "topology.kubernetes.io/region",
	"failure-domain.beta.kubernetes.io/zone", "failure-domain.beta.kubernetes.io/region",
	"beta.kubernetes.io/instance-type", "node.kubernetes.io/instance-type",
	"kubernetes.io/os", "kubernetes.io/arch", "beta.kubernetes.io/os", "beta.kubernetes.io/arch",
}

kubelet_label(_, ns) if ns in {"kubelet.kubernetes.io", "node.kubernetes.io"}

kubelet_label(_, ns) if endswith(ns, ".kubelet.kubernetes.io")

kubelet_label(_, ns) if endswith(ns, ".node.kubernetes.io")

# METADATA
# title: Taint syntax
# description: "A taint needs a key that is a Kubernetes qualified name, a value that is a label value, and an effect of NoSchedule, PreferNoSchedule or NoExecute."
# custom:
#   id: nodegroups/taints
#   severity: error
#   remediation: Fix the taint's key, value or effect.
findings contains lib.finding("nodegroups/taints", "error", msg, array.concat([list, i, "taints", k], field)) if {
	some [list, i, ng] in lib.node_groups
	some k, t in lib.items(lib.get(ng, "taints", []))
	is_object(t)
	msg := taint_problem(lib.get(t, "key", ""), lib.get(t, "value", ""), lib.get(t, "effect", ""))
	field := taint_field(t, msg)
}

# The taint's field the problem is about, when the taint spells it out.
taint_field(t, msg) := [f] if {
	some f in ["key", "value", "effect"]
	startswith(msg, sprintf("invalid taint %s", [f]))
	f in object.keys(t)
} else := []

findings contains lib.finding("nodegroups/taints", "error", msg, [list, i, "taints", key]) if {
	some [list, i, ng] in lib.node_groups
	taints := lib.get(ng, "taints", [])
	is_object(taints)
	some key, spec in taints
	is_string(spec)
	parts := split(spec, ":")
	value := concat(":", array.slice(parts, 0, count(parts) - 1))
	effect := parts[count(parts) - 1]
	msg := taint_problem(key, value, effect)
}

taint_problem(key, value, effect) := sprintf("invalid taint key %q: not a qualified name", [key]) if {
	not regex.match(qualified_name, key)
} else := sprintf("invalid taint value %q", [value]) if {
	not valid_label_value(value)
} else := sprintf("invalid taint effect %q: must be one of NoSchedule, PreferNoSchedule, NoExecute", [effect]) if {
	not effect in {"NoSchedule", "PreferNoSchedule", "NoExecute"}
}

# METADATA
# title: Self-managed node group instance options
# description: "On `nodeGroups`: `instanceType` must be `mixed` or unset with `instancesDistribution` or `instanceSelector`; `instancesDistribution` needs instance types (at most 20), `onDemandBaseCapacity` >= 0, `onDemandPercentageAboveBaseCapacity` 0-100, `spotInstancePools` 1-20 and not with the capacity-optimized strategies; `cpuCredits` needs a t instance type and is `standard` or `unlimited`; `asgSuspendProcesses` names Auto Scaling processes; `maxInstanceLifetime` is at least 86400; `containerRuntime` is containerd from Kubernetes 1.24 and on AmazonLinux2023; `kubeletExtraConfig` keeps eksctl's own keys."
# custom:
#   id: nodegroups/instance-options
#   severity: error
#   remediation: Adjust the option to the values eksctl accepts.
findings contains lib.finding("nodegroups/instance-options", "error", msg, ["nodeGroups", i, "instanceType"]) if {
	some i, ng in self_managed
	msg := mixed_type_error(ng)
}

self_managed := {i: ng | some i, ng in lib.items(lib.get(input, "nodeGroups", [])); is_object(ng)}

mixed_type_error(ng) := msg if {
	t := lib.get(ng, "instanceType", "")
	lib.is_set(t)
	t != "mixed"
	msg := sprintf("instanceType should be \"mixed\" or unset when using the %s feature", [mixed_feature(ng)])
}

has_selector(ng) if {
	sel := lib.get(ng, "instanceSelector", {})
	is_object(sel)
	some _, v in sel
	lib.is_set(v)
}

mixed_feature(ng) := "instances distribution" if lib.get(ng, "instancesDistribution", null) != null

mixed_feature(ng) := "instance selector" if {
	lib.get(ng, "instancesDistribution", null) == null
	has_selector(ng)
}

# The distributions checked beyond the instance type, by node group index.
distributions := {i: d |
	some i, ng in self_managed
	d := lib.get(ng, "instancesDistribution", null)
	is_object(d)
	not mixed_type_error(ng)
}

findings contains lib.finding("nodegroups/instance-options", "error", msg, ["nodeGroups", i, "instancesDistribution"]) if {
	some i, d in distributions
	count(lib.items(lib.get(d, "instanceTypes", []))) == 0
	not has_selector(self_managed[i])
	msg := "at least two instance types have to be specified for mixed nodegroups"
}

findings contains lib.finding("nodegroups/instance-options", "error", msg, ["nodeGroups", i, "instancesDistribution", "instanceTypes"]) if {
	some i, d in distributions
	not has_selector(self_managed[i])
	count({t | some t in lib.items(lib.get(d, "instanceTypes", []))}) > 20
	msg := "mixed nodegroups should have between 1 and 20 different instance types"
}

findings contains lib.finding("nodegroups/instance-options", "error", msg, ["nodeGroups", i, "instancesDistribution", "onDemandBaseCapacity"]) if {
	some i, d in distributions
	is_number(d.onDemandBaseCapacity)
	d.onDemandBaseCapacity < 0
	msg := "onDemandBaseCapacity should be 0 or more"
}

findings contains lib.finding("nodegroups/instance-options", "error", msg, ["nodeGroups", i, "instancesDistribution", "onDemandPercentageAboveBaseCapacity"]) if {
	some i, d in distributions
	p := d.onDemandPercentageAboveBaseCapacity
	is_number(p)
	not between(p, 0, 100)
	msg := "percentageAboveBase should be between 0 and 100"
}

findings contains lib.finding("nodegroups/instance-options", "error", msg, ["nodeGroups", i, "instancesDistribution", "spotInstancePools"]) if {
	some i, d in distributions
	p := d.spotInstancePools
	is_number(p)
	not between(p, 1, 20)
	msg := "spotInstancePools should be between 1 and 20"
}

findings contains lib.finding("nodegroups/instance-options", "error", msg, ["nodeGroups", i, "instancesDistribution", "spotInstancePools"]) if {
	some i, d in distributions
	is_number(d.spotInstancePools)
	s := lib.get(d, "spotAllocationStrategy", "")
	s in {"capacity-optimized", "capacity-optimized-prioritized"}
	msg := sprintf("spotInstancePools cannot be specified when also specifying spotAllocationStrategy: %s", [s])
}

findings contains lib.finding("nodegroups/instance-options", "error", msg, ["nodeGroups", i, "cpuCredits"]) if {
	some i, ng in self_managed
	c := lib.get(ng, "cpuCredits", null)
	c != null
	msg := credit_problem(ng, c)
}

credit_problem(ng, _) := "cpuCredits option set for nodegroup, but it has no t2/t3 instance types" if {
	not t_instance(ng)
} else := "cpuCredits option accepts only one of 'standard' or 'unlimited'" if {
	not lower(ng.cpuCredits) in {"standard", "unlimited"}
}

t_instance(ng) if {
	d := lib.get(ng, "instancesDistribution", null)
	d != null
	some t in lib.items(lib.get(d, "instanceTypes", []))
	startswith(t, "t")
}

t_instance(ng) if {
	lib.get(ng, "instancesDistribution", null) == null
	startswith(lib.get(ng, "instanceType", ""), "t")
}

asg_processes := {"Launch", "Terminate", "AddToLoadBalancer", "AlarmNotification", "AZRebalance", "HealthCheck", "InstanceRefresh", "ReplaceUnhealthy", "ScheduledActions"}

kubelet_forbidden := {"kind", "apiVersion", "address", "clusterDomain", "authentication", "authorization", "serverTLSBootstrap"}

findings contains lib.finding("nodegroups/instance-options", "error", msg, ["nodeGroups", i, "asgSuspendProcesses", k]) if {
	some i, ng in self_managed
	some k, proc in lib.items(lib.get(ng, "asgSuspendProcesses", []))
	not proc in asg_processes
	msg := sprintf("asgSuspendProcesses contains invalid process name '%s'", [proc])
}

findings contains lib.finding("nodegroups/instance-options", "error", msg, ["nodeGroups", i, "maxInstanceLifetime"]) if {
	some i, ng in self_managed
	l := ng.maxInstanceLifetime
	is_number(l)
	l < 86400
	msg := sprintf("maximum instance lifetime must have a minimum value of 86,400 seconds (one day), but was: %d", [l])
}

findings contains lib.finding("nodegroups/instance-options", "error", msg, ["nodeGroups", i, "kubeletExtraConfig", k]) if {
	some i, ng in self_managed
	f := lib.ami_family(ng)
	not lib.is_bottlerocket(f)
	not lib.is_windows(f)
	cfg := lib.get(ng, "kubeletExtraConfig", {})
	is_object(cfg)
	some k, _ in cfg
	k in kubelet_forbidden
	msg := sprintf("cannot override %q in kubelet config, as it's critical to eksctl functionality", [k])
}

findings contains lib.finding("nodegroups/instance-options", "error", msg, ["nodeGroups", i, "containerRuntime"]) if {
	some i, ng in self_managed
	r := lib.get(ng, "containerRuntime", null)
	is_string(r)
	msg := runtime_problem(ng, r)
}

runtime_problem(ng, r) := "only containerd is supported for container runtime on AmazonLinux2023 nodes" if {
	lib.ami_family(ng) == "AmazonLinux2023"
	r != "containerd"
} else := "only containerd, dockerd and docker are supported for container runtime" if {
	not r in {"containerd", "dockerd", "docker"}
} else := "only containerd is supported for container runtime, starting with EKS version 1.24" if {
	r != "containerd"
	lib.explicit_version
	lib.version_at_least(lib.eksctl_version, "1.24")
} else := "overrideBootstrapCommand overwrites container runtime setting; please use --container-runtime in the bootstrap script instead" if {
	"overrideBootstrapCommand" in object.keys(ng)
}

# METADATA
# title: Node group IAM settings that exclude each other
# description: "`iam.instanceRoleARN` (and, on self-managed node groups, `iam.instanceProfileARN`) cannot be combined with `instanceRoleName`, `attachPolicy`, `attachPolicyARNs`, `instanceRolePermissionsBoundary` or `withAddonPolicies`; `albIngress` and `awsLoadBalancerController` exclude each other; self-managed `attachPolicyARNs` must be ARNs."
# custom:
#   id: nodegroups/iam
#   severity: error
#   remediation: Either reuse an existing role or profile, or let eksctl create one with these settings, not both.
findings contains lib.finding("nodegroups/iam", "error", msg, [list, i, "iam", conflict]) if {
	some [list, i, ng] in lib.node_groups
	iam := lib.get(ng, "iam", {})
	is_object(iam)
	some field in role_fields(list)
	lib.is_set(lib.get(iam, field, ""))
	some conflict in ["instanceRoleName", "attachPolicy", "attachPolicyARNs", "instanceRolePermissionsBoundary"]
	lib.is_set(lib.get(iam, conflict, ""))
	msg := sprintf("%s[%d].iam.%s and %s[%d].iam.%s cannot be set at the same time", [list, i, field, list, i, conflict])
}

findings contains lib.finding("nodegroups/iam", "error", msg, [list, i, "iam", "withAddonPolicies", policy]) if {
	some [list, i, ng] in lib.node_groups
	iam := lib.get(ng, "iam", {})
	is_object(iam)
	some field in role_fields(list)
	lib.is_set(lib.get(iam, field, ""))
	some policy, on in lib.get(iam, "withAddonPolicies", {})
	on == true
	msg := sprintf("%s[%d].iam.%s and %s[%d].iam.withAddonPolicies.%s cannot be set at the same time", [list, i, field, list, i, policy])
}

findings contains lib.finding("nodegroups/iam", "error", msg, ["nodeGroups", i, "iam", "withAddonPolicies", "albIngress"]) if {
	some i, ng in lib.items(lib.get(input, "nodeGroups", []))
	policies := lib.get(lib.get(ng, "iam", {}), "withAddonPolicies", {})
	lib.get(policies, "albIngress", false) == true
	lib.get(policies, "awsLoadBalancerController", false) == true
	msg := "\"awsLoadBalancerController\" and \"albIngress\" cannot both be configured, please use \"awsLoadBalancerController\" as \"albIngress\" is deprecated"
}

findings contains lib.finding("nodegroups/iam", "error", msg, ["nodeGroups", i, "iam", "attachPolicyARNs", k]) if {
	some i, ng in lib.items(lib.get(input, "nodeGroups", []))
	some k, arn in lib.items(lib.get(lib.get(ng, "iam", {}), "attachPolicyARNs", []))
	not lib.is_arn(arn)
	msg := sprintf("invalid ARN %q in nodeGroups[%d].iam.attachPolicyARNs", [arn, i])
}

role_fields("nodeGroups") := ["instanceProfileARN", "instanceRoleARN"]

role_fields("managedNodeGroups") := ["instanceRoleARN"]
