# EKS add-ons and pod identity associations, as eksctl checks them when it creates a cluster.
package eksform.rules.addons

import data.eksform.lib
import rego.v1

addons := {i: a | some i, a in lib.items(lib.get(input, "addons", [])); is_object(a)}

addons_config := lib.get(input, "addonsConfig", {})

associations := lib.items(lib.get(lib.get(input, "iam", {}), "podIdentityAssociations", []))

name_of(a) := n if {
	n := lib.get(a, "name", "")
	is_string(n)
} else := ""

has_policy(x) if {
	some _, v in lib.get(x, "wellKnownPolicies", {})
	v == true
}

irsa_fields(a) := [f |
	some f in ["wellKnownPolicies", "serviceAccountRoleARN", "attachPolicyARNs", "attachPolicy"]
	irsa_set(a, f)
]

irsa_set(a, "wellKnownPolicies") if has_policy(a)

irsa_set(a, f) if {
	f in {"serviceAccountRoleARN", "attachPolicyARNs", "attachPolicy"}
	lib.is_set(lib.get(a, f, null))
}

pod_ids(a) := lib.items(lib.get(a, "podIdentityAssociations", []))

# METADATA
# title: Invalid add-on
# description: "An add-on needs a `name`; `configurationValues` must be JSON or YAML; `namespaceConfig.namespace` is a DNS-1123 label of at most 63 characters; IRSA settings (`serviceAccountRoleARN`, `attachPolicyARNs`, `attachPolicy`, `wellKnownPolicies`) exclude `podIdentityAssociations`, and at most one of them is given."
# custom:
#   id: addons/invalid
#   severity: error
#   remediation: Fix the add-on as the message says.
findings contains lib.finding("addons/invalid", "error", msg, path) if {
	some [i, problem, path] in addon_problems
	msg := sprintf("invalid configuration for %q addon: %s", [name_of(addons[i]), problem])
}

addon_problems contains [i, "name is required", ["addons", i]] if {
	some i, a in addons
	name_of(a) == ""
}

addon_problems contains [i, problem, ["addons", i, "configurationValues"]] if {
	some i, a in addons
	v := lib.get(a, "configurationValues", "")
	not valid_configuration(v)
	problem := sprintf("configurationValues: %q is not valid, supported format(s) are: JSON and YAML", [v])
}

addon_problems contains [i, problem, ["addons", i, "namespaceConfig", "namespace"]] if {
	some i, a in addons
	problem := namespace_problem(lib.get(lib.get(a, "namespaceConfig", {}), "namespace", ""))
}

addon_problems contains [i, problem, ["addons", i, "podIdentityAssociations"]] if {
	some i, a in addons
	count(irsa_fields(a)) > 0
	count(pod_ids(a)) > 0
	problem := "cannot set IRSA config (`addon.ServiceAccountRoleARN`, `addon.AttachPolicyARNs`, `addon.AttachPolicy`, `addon.WellKnownPolicies`) and pod identity associations at the same time"
}

addon_problems contains [i, problem, ["addons", i, fields[1]]] if {
	some i, a in addons
	count(pod_ids(a)) == 0
	fields := irsa_fields(a)
	count(fields) > 1
	problem := "at most one of wellKnownPolicies, serviceAccountRoleARN, attachPolicyARNs and attachPolicy can be specified"
}

valid_configuration(v) if not is_string(v)

valid_configuration("")

valid_configuration(v) if json.is_valid(v)

valid_configuration(v) if {
	not json.is_valid(v)
	yaml.is_valid(v)
	is_object(yaml.unmarshal(v))
}

namespace_problem(ns) := sprintf("namespace name %q is too long (max 63 characters)", [ns]) if {
	is_string(ns)
	count(ns) > 63
} else := sprintf("namespace %q is not a valid Kubernetes namespace name (must be a valid DNS-1123 label)", [ns]) if {
	is_string(ns)
	ns != ""
	not regex.match(lib.dns_label_pattern, ns)
}

# METADATA
# title: Invalid pod identity association
# description: "A pod identity association (in `iam.podIdentityAssociations` or on an add-on) needs `namespace`, `serviceAccountName` and one of `roleARN`, `permissionPolicy`, `permissionPolicyARNs`, `wellKnownPolicies`; `roleARN` excludes the other three; `permissionPolicyName` needs `permissionPolicy` and a letter or digit. On an add-on, associations take no `wellKnownPolicies` or `tags`, exclude `useDefaultPodIdentityAssociations`, and are not allowed on `eks-pod-identity-agent` itself."
# custom:
#   id: addons/pod-identity
#   severity: error
#   remediation: Complete or simplify the association as the message says.
findings contains lib.finding("addons/pod-identity", "error", msg, path) if {
	some [owner, prefix, path, pia] in all_associations
	some [problem, where] in association_problems
	where == path
	msg := association_message(owner, problem)
}

association_message("", problem) := problem

association_message(owner, problem) := sprintf("invalid configuration for %q addon: %s", [owner, problem]) if owner != ""

# Every association with its owner ("" for iam.podIdentityAssociations, else the add-on's name),
# the prefix eksctl's messages use, and its path.
all_associations contains ["", sprintf("iam.podIdentityAssociations[%d]", [k]), ["iam", "podIdentityAssociations", k], pia] if {
	some k, pia in associations
}

all_associations contains [name_of(a), sprintf("podIdentityAssociations[%d]", [k]), ["addons", i, "podIdentityAssociations", k], pia] if {
	some i, a in addons
	not lower(name_of(a)) == "eks-pod-identity-agent"
	some k, pia in pod_ids(a)
}

# Each problem with the path of the association it belongs to (the finding may point deeper).
association_problems contains [sprintf("%s.namespace must be set", [prefix]), path] if {
	some [_, prefix, path, pia] in all_associations
	not lib.is_set(lib.get(pia, "namespace", ""))
}

association_problems contains [sprintf("%s.serviceAccountName must be set", [prefix]), path] if {
	some [_, prefix, path, pia] in all_associations
	lib.is_set(lib.get(pia, "namespace", ""))
	not lib.is_set(lib.get(pia, "serviceAccountName", ""))
}

association_problems contains [msg, path] if {
	some [_, prefix, path, pia] in all_associations
	lib.is_set(lib.get(pia, "namespace", ""))
	lib.is_set(lib.get(pia, "serviceAccountName", ""))
	count(association_sources(pia)) == 0
	msg := sprintf("at least one of the following must be specified: %s.roleARN, %s.permissionPolicy, %s.permissionPolicyARNs, %s.wellKnownPolicies", [prefix, prefix, prefix, prefix])
}

findings contains lib.finding("addons/pod-identity", "error", msg, array.concat(path, [field])) if {
	some [owner, prefix, path, pia] in all_associations
	some [field, problem] in field_problems(prefix, pia)
	msg := association_message(owner, problem)
}

field_problems(prefix, pia) := {[f, sprintf("%s.%s cannot be specified when %s.roleARN is set", [prefix, f, prefix])] |
	lib.is_set(lib.get(pia, "roleARN", ""))
	some f in association_sources(pia)
	f != "roleARN"
} | {["permissionPolicyName", problem] |
	problem := policy_name_problem(prefix, pia)
}

policy_name_problem(prefix, pia) := sprintf("%s: permissionPolicyName requires permissionPolicy to be set", [prefix]) if {
	lib.is_set(lib.get(pia, "permissionPolicyName", ""))
	not lib.is_set(lib.get(pia, "permissionPolicy", null))
} else := sprintf("%s: permissionPolicyName %q must contain at least one alphanumeric character", [prefix, pia.permissionPolicyName]) if {
	lib.is_set(lib.get(pia, "permissionPolicyName", ""))
	not regex.match(`[A-Za-z0-9]`, pia.permissionPolicyName)
}

findings contains lib.finding("addons/pod-identity", "error", msg, ["addons", i, "podIdentityAssociations"]) if {
	some i, a in addons
	count(pod_ids(a)) > 0
	lower(name_of(a)) == "eks-pod-identity-agent"
	msg := "invalid configuration for \"eks-pod-identity-agent\" addon: cannot set pod identity associations for \"eks-pod-identity-agent\" addon"
}

findings contains lib.finding("addons/pod-identity", "error", msg, path) if {
	some i, a in addons
	some k, pia in pod_ids(a)
	some [field, text] in [["wellKnownPolicies", "wellKnownPolicies is not supported for addon.podIdentityAssociations; use addon.useDefaultPodIdentityAssociations instead"], ["tags", "tags is not supported for addon.podIdentityAssociations"]]
	lib.get(pia, field, null) != null
	path := ["addons", i, "podIdentityAssociations", k, field]
	msg := sprintf("%s (addon: %s)", [text, name_of(a)])
}

findings contains lib.finding("addons/pod-identity", "error", msg, ["addons", i, "useDefaultPodIdentityAssociations"]) if {
	some i, a in addons
	lib.get(a, "useDefaultPodIdentityAssociations", false) == true
	msg := default_associations_problem(a)
}

default_associations_problem(a) := sprintf("cannot specify both addon.useDefaultPodIdentityAssociations and addon.podIdentityAssociations (addon: %s)", [name_of(a)]) if {
	count(pod_ids(a)) > 0
} else := sprintf("cannot specify serviceAccountRoleARN, wellKnownPolicies, attachPolicy or attachPolicyARNs when addon.useDefaultPodIdentityAssociations is set (addon: %s)", [name_of(a)]) if {
	count(irsa_fields(a)) > 0
}

association_sources(pia) := [f |
	some f in ["roleARN", "permissionPolicy", "permissionPolicyARNs", "wellKnownPolicies"]
	source_set(pia, f)
]

source_set(pia, "wellKnownPolicies") if has_policy(pia)

source_set(pia, f) if {
	f in {"roleARN", "permissionPolicy", "permissionPolicyARNs"}
	lib.is_set(lib.get(pia, f, null))
}

# METADATA
# title: Pod identity without the eks-pod-identity-agent add-on
# description: "Pod identity associations (in `iam.podIdentityAssociations`, on an add-on, through `useDefaultPodIdentityAssociations` or `addonsConfig.autoApplyPodIdentityAssociations`) need the `eks-pod-identity-agent` add-on in `addons`, unless Auto Mode is enabled."
# custom:
#   id: addons/pod-identity-agent
#   severity: error
#   remediation: "Add `- name: eks-pod-identity-agent` to `addons`."
findings contains lib.finding("addons/pod-identity-agent", "error", msg, path) if {
	not lib.auto_mode
	not "eks-pod-identity-agent" in lib.addon_names
	path := first_pod_identity_user
	msg := "the \"eks-pod-identity-agent\" addon must be installed to create pod identity associations; please add \"eks-pod-identity-agent\" addon to the config file"
}

first_pod_identity_user := ["iam", "podIdentityAssociations"] if {
	count(associations) > 0
} else := ["addonsConfig", "autoApplyPodIdentityAssociations"] if {
	count(addons) > 0
	lib.get(addons_config, "autoApplyPodIdentityAssociations", false) == true
} else := path if {
	users := [["addons", i] | some i, a in addons; addon_uses_pod_identity(a)]
	path := users[0]
}

addon_uses_pod_identity(a) if lib.get(a, "useDefaultPodIdentityAssociations", false) == true

addon_uses_pod_identity(a) if count(pod_ids(a)) > 0

# METADATA
# title: Core networking add-ons on an Auto Mode cluster
# description: "With Auto Mode enabled, eksctl refuses node groups at cluster creation, and the core networking add-ons (vpc-cni, kube-proxy, coredns) unless Fargate profiles or hybrid nodes (`remoteNetworkConfig`) are configured."
# custom:
#   id: addons/auto-mode
#   severity: error
#   remediation: Remove them and create them after the cluster with `eksctl create addon` or `eksctl create nodegroup`.
findings contains lib.finding("addons/auto-mode", "error", msg, [list]) if {
	lib.auto_mode
	some list in ["nodeGroups", "managedNodeGroups"]
	count(lib.items(lib.get(input, list, []))) > 0
	msg := "creation of managed or self-managed nodegroups is not supported during cluster creation when Auto Mode is enabled; please create them post cluster creation using `eksctl create nodegroup` after creating core networking addons in the cluster"
}

findings contains lib.finding("addons/auto-mode", "error", msg, ["addons", i, "name"]) if {
	lib.auto_mode
	count(lib.items(lib.get(input, "nodeGroups", []))) == 0
	count(lib.items(lib.get(input, "managedNodeGroups", []))) == 0
	count(lib.items(lib.get(input, "fargateProfiles", []))) == 0
	lib.get(input, "remoteNetworkConfig", null) == null
	some i, a in addons
	name_of(a) in {"vpc-cni", "kube-proxy", "coredns"}
	msg := "core networking addons are not required on a cluster using Auto Mode; if you still wish to create them, use `eksctl create addon` post cluster creation"
}

# METADATA
# title: Workloads on a cluster created without VPC CNI
# description: "With `addonsConfig.disableDefaultAddons`, no `vpc-cni` add-on and no Auto Mode, eksctl refuses node groups, Fargate profiles, Karpenter, GitOps, IRSA service accounts and pod identity associations at cluster creation."
# custom:
#   id: addons/bare-cluster
#   severity: error
#   remediation: Add the vpc-cni add-on, enable Auto Mode, or add these after the cluster exists.
findings contains lib.finding("addons/bare-cluster", "error", msg, path) if {
	lib.get(addons_config, "disableDefaultAddons", false) == true
	not lib.auto_mode
	not "vpc-cni" in lib.addon_names
	some path in bare_users
	msg := "fields nodeGroups, managedNodeGroups, fargateProfiles, karpenter, gitops, iam.serviceAccounts, and iam.podIdentityAssociations are not supported during cluster creation in a cluster without VPC CNI if Auto Mode is disabled"
}

bare_users contains [f] if {
	some f in ["nodeGroups", "managedNodeGroups", "fargateProfiles"]
	count(lib.items(lib.get(input, f, []))) > 0
}

bare_users contains ["karpenter"] if lib.get(input, "karpenter", null) != null

bare_users contains ["gitops"] if lib.get(lib.get(input, "gitops", {}), "flux", null) != null

bare_users contains ["iam", f] if {
	some f in ["serviceAccounts", "podIdentityAssociations"]
	count(lib.items(lib.get(lib.get(input, "iam", {}), f, []))) > 0
}
