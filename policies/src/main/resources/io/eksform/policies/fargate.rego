# Fargate profiles: names, selectors, counts, subnets, namespaces and the pod execution role.
package eksform.rules.fargate

import data.eksform.lib
import rego.v1

limits := data.eksform.limits.fargate

profiles := lib.items(lib.get(input, "fargateProfiles", []))

selectors(p) := lib.items(lib.get(p, "selectors", []))

# The config's declared subnets, computed once per evaluation.
public_subnets := lib.declared_subnets("public")

private_subnets := lib.declared_subnets("private")

# METADATA
# title: Fargate profile without a name
# description: Every Fargate profile needs a name; EKS refuses a profile without one.
# custom:
#   id: fargate/name-missing
#   severity: error
#   remediation: Give the profile a name, for example `fp-<namespace>`.
findings contains lib.finding("fargate/name-missing", "error", msg, ["fargateProfiles", i]) if {
	some i, p in profiles
	is_object(p)
	object.get(p, "name", "") == ""
	msg := sprintf("Fargate profile #%d has no name", [i])
}

# METADATA
# title: Fargate profile name uses the reserved eks- prefix
# description: AWS reserves Fargate profile names that start with `eks-`; eksctl refuses them.
# custom:
#   id: fargate/name-reserved-prefix
#   severity: error
#   remediation: Rename the profile so that it does not start with `eks-`.
findings contains lib.finding("fargate/name-reserved-prefix", "error", msg, ["fargateProfiles", i, "name"]) if {
	some i, p in profiles
	is_string(p.name)
	startswith(p.name, "eks-")
	msg := sprintf("Fargate profile name %q starts with the reserved prefix \"eks-\"", [p.name])
}

# METADATA
# title: Fargate profile name syntax
# description: A Fargate profile name is 1 to 100 characters, starts with a letter or digit and holds only letters, digits, `-` and `_`.
# custom:
#   id: fargate/name-syntax
#   severity: error
#   remediation: Use only letters, digits, `-` and `_`, start with a letter or digit, and keep the name within 100 characters.
findings contains lib.finding("fargate/name-syntax", "error", msg, ["fargateProfiles", i, "name"]) if {
	some i, p in profiles
	is_string(p.name)
	p.name != ""
	not valid_name(p.name)
	msg := sprintf("Fargate profile name %q is not valid: 1-100 letters, digits, '-' or '_', starting with a letter or digit", [p.name])
}

valid_name(n) if {
	count(n) <= 100
	regex.match(`^[0-9A-Za-z][A-Za-z0-9_-]*$`, n)
}

# METADATA
# title: Fargate profile without selectors
# description: A Fargate profile needs at least one selector; EKS refuses a profile without one.
# custom:
#   id: fargate/no-selectors
#   severity: error
#   remediation: Add a selector with the namespace whose pods should run on Fargate.
findings contains lib.finding("fargate/no-selectors", "error", msg, path) if {
	some i, p in profiles
	is_object(p)
	count(selectors(p)) == 0
	path := selectors_path(p, i)
	msg := sprintf("Fargate profile %q has no selector: it would match no pod", [object.get(p, "name", "")])
}

selectors_path(p, i) := ["fargateProfiles", i, "selectors"] if "selectors" in object.keys(p)

selectors_path(p, i) := ["fargateProfiles", i] if not "selectors" in object.keys(p)

# METADATA
# title: Too many selectors in a Fargate profile
# description: A Fargate profile may have at most 5 selectors (an AWS quota that can be raised; set `limits.fargate.selectorsPerProfile` in `.eksform.yaml` after raising it).
# custom:
#   id: fargate/max-selectors
#   severity: error
#   remediation: Split the selectors over several profiles, or raise the quota and the limit.
findings contains lib.finding("fargate/max-selectors", "error", msg, ["fargateProfiles", i, "selectors"]) if {
	some i, p in profiles
	n := count(selectors(p))
	n > limits.selectorsPerProfile
	msg := sprintf("Fargate profile %q has %d selectors; at most %d are allowed", [object.get(p, "name", ""), n, limits.selectorsPerProfile])
}

# METADATA
# title: Fargate selector without a namespace
# description: Every Fargate selector must name a namespace.
# custom:
#   id: fargate/selector-namespace-missing
#   severity: error
#   remediation: Add `namespace:` to the selector.
findings contains lib.finding("fargate/selector-namespace-missing", "error", msg, ["fargateProfiles", i, "selectors", j]) if {
	some i, p in profiles
	some j, s in selectors(p)
	object.get(s, "namespace", "") == ""
	msg := sprintf("selector #%d of Fargate profile %q has no namespace", [j, object.get(p, "name", "")])
}

# METADATA
# title: Too many labels in a Fargate selector
# description: A Fargate selector may have at most 5 labels (an AWS quota that can be raised; set `limits.fargate.labelsPerSelector` in `.eksform.yaml` after raising it).
# custom:
#   id: fargate/max-labels
#   severity: error
#   remediation: Select on fewer labels, or raise the quota and the limit.
findings contains lib.finding("fargate/max-labels", "error", msg, ["fargateProfiles", i, "selectors", j, "labels"]) if {
	some i, p in profiles
	some j, s in selectors(p)
	labels := lib.get(s, "labels", {})
	is_object(labels)
	count(labels) > limits.labelsPerSelector
	msg := sprintf("selector #%d of Fargate profile %q has %d labels; at most %d are allowed", [j, object.get(p, "name", ""), count(labels), limits.labelsPerSelector])
}

# METADATA
# title: Fargate selector namespace syntax
# description: A selector namespace is a Kubernetes namespace name (lower-case letters, digits and `-`, at most 63 characters); AWS also accepts the wildcards `*` and `?`.
# custom:
#   id: fargate/namespace-syntax
#   severity: error
#   remediation: Use a valid Kubernetes namespace name.
findings contains lib.finding("fargate/namespace-syntax", "error", msg, ["fargateProfiles", i, "selectors", j, "namespace"]) if {
	some i, p in profiles
	some j, s in selectors(p)
	ns := lib.get(s, "namespace", "")
	is_string(ns)
	ns != ""
	not regex.match(lib.namespace_pattern, ns)
	msg := sprintf("namespace %q is not a valid Kubernetes namespace name", [ns])
}

# METADATA
# title: Fargate selector label syntax
# description: Selector label keys and values follow Kubernetes label syntax (AWS also accepts the wildcards `*` and `?`).
# custom:
#   id: fargate/label-syntax
#   severity: error
#   remediation: Use a valid Kubernetes label key (optional `prefix/` then at most 63 characters) and value (at most 63 characters).
findings contains lib.finding("fargate/label-syntax", "error", msg, ["fargateProfiles", i, "selectors", j, "labels", k]) if {
	some i, p in profiles
	some j, s in selectors(p)
	labels := lib.get(s, "labels", {})
	is_object(labels)
	some k, v in labels
	not valid_label(k, v)
	msg := sprintf("label %q: %q is not a valid Kubernetes label", [k, v])
}

valid_label(k, v) if {
	regex.match(lib.label_key_pattern, k)
	is_string(v)
	regex.match(lib.label_value_pattern, v)
}

# METADATA
# title: Too many Fargate profiles
# description: A cluster may have at most 10 Fargate profiles (an AWS quota that can be raised; set `limits.fargate.profilesPerCluster` in `.eksform.yaml` after raising it).
# custom:
#   id: fargate/max-profiles
#   severity: error
#   remediation: Merge profiles (up to 5 selectors each), or raise the quota and the limit.
findings contains lib.finding("fargate/max-profiles", "error", msg, ["fargateProfiles", limits.profilesPerCluster]) if {
	count(profiles) > limits.profilesPerCluster
	msg := sprintf("the cluster has %d Fargate profiles; at most %d are allowed", [count(profiles), limits.profilesPerCluster])
}

# METADATA
# title: Duplicate Fargate profile name
# description: Fargate profile names are unique per cluster.
# custom:
#   id: fargate/duplicate-name
#   severity: error
#   remediation: Rename or merge one of the profiles.
findings contains lib.finding("fargate/duplicate-name", "error", msg, ["fargateProfiles", j, "name"]) if {
	some k, e in named_profiles
	same_name_as_previous(k)
	j := e[1]
	i := first_use[e[0]]
	msg := sprintf("Fargate profile name %q is already used by profile #%d", [e[0], i])
}

# [name, index] of every named profile, sorted: the profiles of one name are neighbours, so that
# duplicates are found in one pass rather than by comparing every pair (thousands of profiles).
named_profiles := sort([[p.name, i] | some i, p in profiles; is_string(p.name)])

same_name_as_previous(k) if {
	k > 0
	named_profiles[k][0] == named_profiles[k - 1][0]
}

# The index of the first profile of each name.
first_use := {e[0]: e[1] | some k, e in named_profiles; not same_name_as_previous(k)}

# METADATA
# title: Fargate profiles that can select the same pods
# description: When selectors of two profiles can match the same pod, EKS picks one of the profiles at random (unless the pod carries the label `eks.amazonaws.com/fargate-profile`).
# custom:
#   id: fargate/overlapping-selectors
#   severity: warning
#   remediation: Make the selectors disjoint (different namespaces or conflicting labels), or merge the profiles.
findings contains lib.finding("fargate/overlapping-selectors", "warning", msg, ["fargateProfiles", j, "selectors", b]) if {
	some pair in overlapping_namespaces
	[i, a, j, b] := pair
	p := profiles[i]
	q := profiles[j]
	s := selectors(p)[a]
	t := selectors(q)[b]
	not labels_conflict(lib.get(s, "labels", {}), lib.get(t, "labels", {}))
	msg := sprintf("selector #%d of Fargate profile %q can match the same pods as selector #%d of profile %q (namespace %q): which profile wins is undefined", [b, object.get(q, "name", ""), a, object.get(p, "name", ""), t.namespace])
}

# [namespace, profile, selector] of every selector with a namespace: literal namespaces sorted, so
# that equal ones are neighbours, and those with wildcards apart, compared with every selector.
literal_selectors := sort([[s.namespace, i, a] |
	some i, p in profiles
	some a, s in selectors(p)
	is_string(s.namespace)
	not lib.has_wildcard(s.namespace)
])

wildcard_selectors := [[s.namespace, i, a] |
	some i, p in profiles
	some a, s in selectors(p)
	is_string(s.namespace)
	lib.has_wildcard(s.namespace)
]

# The last position of each literal namespace in literal_selectors.
last_literal := {e[0]: k | some k, e in literal_selectors; not same_namespace_as_next(k)}

same_namespace_as_next(k) if {
	k + 1 < count(literal_selectors)
	literal_selectors[k][0] == literal_selectors[k + 1][0]
}

# Pairs of selectors of two profiles whose namespaces can match the same pods, as
# [earlier profile, its selector, later profile, its selector].
overlapping_namespaces contains pair if {
	some k, e in literal_selectors
	k < last_literal[e[0]]
	some m in numbers.range(k + 1, last_literal[e[0]])
	f := literal_selectors[m]
	e[1] != f[1]
	pair := ordered(e, f)
}

overlapping_namespaces contains pair if {
	some w in wildcard_selectors
	some e in array.concat(literal_selectors, wildcard_selectors)
	w[1] != e[1]
	lib.wildcards_overlap(w[0], e[0])
	pair := ordered(w, e)
}

ordered(e, f) := [e[1], e[2], f[1], f[2]] if e[1] < f[1]

ordered(e, f) := [f[1], f[2], e[1], e[2]] if f[1] < e[1]

labels_conflict(x, y) if {
	is_object(x)
	is_object(y)
	some k, v in x
	w := y[k]
	is_string(v)
	is_string(w)
	not lib.wildcards_overlap(v, w)
}

# METADATA
# title: Fargate profile subnet is not private
# description: Fargate runs pods only in private subnets. A subnet given to a profile must be one of the config's private subnets (`vpc.subnets.private`), never a public one. When the config declares no subnets, the plan judges them from the live route tables.
# custom:
#   id: fargate/public-subnet
#   severity: error
#   remediation: List only private subnets under the profile's `subnets`, or leave it out so that EKS uses the cluster's private subnets.
findings contains lib.finding("fargate/public-subnet", "error", msg, ["fargateProfiles", i, "subnets", k]) if {
	some i, p in profiles
	some k, subnet in lib.items(lib.get(p, "subnets", []))
	subnet in public_subnets
	msg := sprintf("subnet %q of Fargate profile %q is declared public; Fargate needs private subnets", [subnet, object.get(p, "name", "")])
}

findings contains lib.finding("fargate/public-subnet", "error", msg, ["fargateProfiles", i, "subnets", k]) if {
	count(private_subnets) > 0
	some i, p in profiles
	some k, subnet in lib.items(lib.get(p, "subnets", []))
	not subnet in private_subnets
	not subnet in public_subnets
	msg := sprintf("subnet %q of Fargate profile %q is not among the private subnets of vpc.subnets.private", [subnet, object.get(p, "name", "")])
}

# METADATA
# title: Fargate selector on the default namespace
# description: Selecting the `default` namespace moves every pod created there without a namespace onto Fargate, often by accident.
# custom:
#   id: fargate/default-namespace
#   severity: warning
#   remediation: Run the workload in a dedicated namespace and select that one.
findings contains lib.finding("fargate/default-namespace", "warning", msg, ["fargateProfiles", i, "selectors", j, "namespace"]) if {
	some i, p in profiles
	some j, s in selectors(p)
	s.namespace == "default"
	msg := sprintf("Fargate profile %q selects the default namespace: use a dedicated namespace", [object.get(p, "name", "")])
}

# METADATA
# title: Fargate selector on kube-system
# description: >-
#   Selecting `kube-system` runs system pods on Fargate; that is intended for CoreDNS (select it
#   with the label `k8s-app: kube-dns`), rarely for everything else there.
# custom:
#   id: fargate/kube-system-namespace
#   severity: info
#   remediation: >-
#     Select only CoreDNS in kube-system (`labels: {k8s-app: kube-dns}`), or confirm that all
#     kube-system pods should run on Fargate.
findings contains lib.finding("fargate/kube-system-namespace", "info", msg, ["fargateProfiles", i, "selectors", j, "namespace"]) if {
	some i, p in profiles
	some j, s in selectors(p)
	s.namespace == "kube-system"
	not coredns_only(s)
	msg := sprintf("Fargate profile %q selects all of kube-system, not only CoreDNS", [object.get(p, "name", "")])
}

coredns_only(s) if s.labels["k8s-app"] == "kube-dns"

# METADATA
# title: Pod execution role ARN format
# description: "`podExecutionRoleARN` must be an IAM role ARN: `arn:aws:iam::<12-digit account>:role/<name>` (or another partition; the account is digits)."
# custom:
#   id: fargate/pod-execution-role-arn
#   severity: error
#   remediation: Give the full ARN of the role, for example `arn:aws:iam::123456789012:role/AmazonEKSFargatePodExecutionRole`.
findings contains lib.finding("fargate/pod-execution-role-arn", "error", msg, ["fargateProfiles", i, "podExecutionRoleARN"]) if {
	some i, p in profiles
	arn := lib.get(p, "podExecutionRoleARN", null)
	arn != null
	not lib.is_valid_role_arn(arn)
	msg := sprintf("podExecutionRoleARN %q is not an IAM role ARN", [arn])
}
