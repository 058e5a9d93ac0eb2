# EKS access entries (`accessConfig.accessEntries`), as eksctl checks them.
package eksform.rules.accessentries

import data.eksform.lib
import rego.v1

access := lib.get(input, "accessConfig", {})

entries := lib.items(lib.get(access, "accessEntries", []))

node_types := {"EC2_LINUX", "EC2_WINDOWS", "FARGATE_LINUX", "HYBRID_LINUX"}

# METADATA
# title: Access entries with the CONFIG_MAP authentication mode
# description: "Access entries need `accessConfig.authenticationMode` API or API_AND_CONFIG_MAP (the default)."
# custom:
#   id: accessentries/authentication-mode
#   severity: error
#   remediation: "Set `authenticationMode: API_AND_CONFIG_MAP` (or `API`), or map the principals in aws-auth instead."
findings contains lib.finding("accessentries/authentication-mode", "error", msg, ["accessConfig", "authenticationMode"]) if {
	count(entries) > 0
	lib.get(access, "authenticationMode", "") == "CONFIG_MAP"
	msg := "accessConfig.authenticationMode must be set to either API_AND_CONFIG_MAP or API to use access entries"
}

# METADATA
# title: Invalid access entry
# description: "Each access entry needs a `principalARN` that is an ARN, unique in the list; `type` is STANDARD, EC2, EC2_LINUX, EC2_WINDOWS, FARGATE_LINUX or HYBRID_LINUX, and the node types take no `kubernetesGroups`, `kubernetesUsername` or `accessPolicies`."
# custom:
#   id: accessentries/entry
#   severity: error
#   remediation: Give the principal's ARN once, and for node types leave groups, user name and policies out.
findings contains lib.finding("accessentries/entry", "error", msg, path) if {
	some [msg, path] in entry_problems
}

entry_problems contains [sprintf("accessEntries[%d].principalARN must be set to a valid AWS ARN", [i]), path] if {
	some i, e in entries
	not lib.is_arn(lib.get(e, "principalARN", ""))
	path := principal_path(i, e)
}

principal_path(i, e) := ["accessConfig", "accessEntries", i, "principalARN"] if "principalARN" in object.keys(e)

principal_path(i, e) := ["accessConfig", "accessEntries", i] if not "principalARN" in object.keys(e)

entry_problems contains [sprintf("invalid access entry type %q for accessEntries[%d]", [t, i]), ["accessConfig", "accessEntries", i, "type"]] if {
	some i, e in entries
	t := lib.get(e, "type", "")
	not t in {"", "STANDARD", "EC2"}
	not t in node_types
}

entry_problems contains [sprintf("cannot specify accessEntries[%d].kubernetesGroups nor accessEntries[%d].kubernetesUsername when type is set to %s", [i, i, e.type]), ["accessConfig", "accessEntries", i, field]] if {
	some i, e in entries
	lib.get(e, "type", "") in node_types
	some field in ["kubernetesGroups", "kubernetesUsername"]
	lib.is_set(lib.get(e, field, ""))
}

entry_problems contains [sprintf("cannot specify accessEntries[%d].accessPolicies when type is set to %s", [i, e.type]), ["accessConfig", "accessEntries", i, "accessPolicies"]] if {
	some i, e in entries
	lib.get(e, "type", "") in node_types
	count(lib.items(lib.get(e, "accessPolicies", []))) > 0
}

entry_problems contains [sprintf("duplicate access entry accessEntries[%d] with principal ARN %q", [j, b.principalARN]), ["accessConfig", "accessEntries", j, "principalARN"]] if {
	some i, a in entries
	some j, b in entries
	i < j
	lib.is_arn(lib.get(a, "principalARN", ""))
	a.principalARN == b.principalARN
}

# METADATA
# title: Invalid access policy
# description: "An access policy's `policyARN` is an ARN of a `cluster-access-policy/...` resource; `accessScope.type` is `namespace` (with at least one of `namespaces`) or `cluster` (without them)."
# custom:
#   id: accessentries/policy
#   severity: error
#   remediation: "Use an EKS access policy ARN such as `arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy`, and a matching scope."
findings contains lib.finding("accessentries/policy", "error", msg, path) if {
	some i, e in entries
	not lib.get(e, "type", "") in node_types
	some k, p in lib.items(lib.get(e, "accessPolicies", []))
	[msg, path] := policy_problem(i, k, p)
}

policy_problem(i, k, p) := [sprintf("accessEntries[%d].policyARN must be set to a valid AWS ARN", [i]), ["accessConfig", "accessEntries", i, "accessPolicies", k]] if {
	not lib.is_arn(lib.get(p, "policyARN", ""))
} else := [sprintf("accessEntries[%d].policyARN must be a cluster-access-policy resource", [i]), ["accessConfig", "accessEntries", i, "accessPolicies", k, "policyARN"]] if {
	resource := concat(":", array.slice(split(p.policyARN, ":"), 5, 100))
	contains(resource, "/")
	not startswith(resource, "cluster-access-policy/")
} else := [sprintf("invalid accessEntries[%d].policyARN", [i]), ["accessConfig", "accessEntries", i, "accessPolicies", k, "policyARN"]] if {
	resource := concat(":", array.slice(split(p.policyARN, ":"), 5, 100))
	not contains(resource, "/")
} else := [sprintf("accessEntries[%d].accessScope.type must be set to either \"namespace\" or \"cluster\"", [i]), ["accessConfig", "accessEntries", i, "accessPolicies", k]] if {
	lib.get(lib.get(p, "accessScope", {}), "type", "") == ""
} else := [sprintf("cannot specify accessEntries[%d].accessScope.namespaces when accessScope is set to cluster", [i]), ["accessConfig", "accessEntries", i, "accessPolicies", k, "accessScope", "namespaces"]] if {
	p.accessScope.type == "cluster"
	count(lib.items(lib.get(p.accessScope, "namespaces", []))) > 0
} else := [sprintf("at least one namespace must be specified when accessScope is set to namespace: (accessEntries[%d])", [i]), ["accessConfig", "accessEntries", i, "accessPolicies", k, "accessScope"]] if {
	p.accessScope.type == "namespace"
	count(lib.items(lib.get(p.accessScope, "namespaces", []))) == 0
} else := [sprintf("invalid access scope type %q for accessEntries[%d]", [p.accessScope.type, i]), ["accessConfig", "accessEntries", i, "accessPolicies", k, "accessScope", "type"]] if {
	not p.accessScope.type in {"namespace", "cluster"}
}
