# Helpers shared by the built-in rules: the finding shape, name syntax and ARN formats.
package eksform.lib

import rego.v1

# A finding: the rule id, a message, a path into the document (array of keys and indexes) and
# a severity (error, warning or info).
finding(id, severity, msg, path) := {"id": id, "msg": msg, "path": path, "severity": severity}

# The value at key k of object o, or d when absent or o is not an object.
get(o, k, d) := object.get(o, k, d) if is_object(o)

get(o, _, d) := d if not is_object(o)

# The elements of x when it is an array, else nothing (a wrong type is the schema's finding).
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)

# A Kubernetes DNS-1123 label (namespaces) with AWS's Fargate wildcards * and ?.
namespace_pattern := `^[a-z0-9*?]([-a-z0-9*?]{0,61}[a-z0-9*?])?$`

# A Kubernetes DNS-1123 label without wildcards.
dns_label_pattern := `^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$`

# A Kubernetes DNS-1123 subdomain (service account names).
dns_subdomain_pattern := `^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$`

# A Kubernetes label key: optional DNS subdomain prefix and slash, then a name of at most 63
# characters; Fargate selectors may use * and ?.
label_key_pattern := `^([a-z0-9*?]([-a-z0-9.*?]{0,251}[a-z0-9*?])?/)?[A-Za-z0-9*?]([-A-Za-z0-9_.*?]{0,61}[A-Za-z0-9*?])?$`

# A Kubernetes label value (may be empty), with Fargate wildcards.
label_value_pattern := `^([A-Za-z0-9*?]([-A-Za-z0-9_.*?]{0,61}[A-Za-z0-9*?])?)?$`

# An IAM role ARN in any partition.
role_arn_pattern := `^arn:aws(-cn|-us-gov|-iso|-iso-b|-iso-e|-iso-f)?:iam::[0-9]+:role/[\w+=,.@/-]{1,512}$`

# An IAM managed policy ARN (customer or AWS managed) in any partition.
policy_arn_pattern := `^arn:aws(-cn|-us-gov|-iso|-iso-b|-iso-e|-iso-f)?:iam::([0-9]+|aws):policy/[\w+=,.@/-]{1,512}$`

is_valid_role_arn(s) if {
	is_string(s)
	regex.match(role_arn_pattern, s)
}

is_valid_policy_arn(s) if {
	is_string(s)
	regex.match(policy_arn_pattern, s)
}

# A wildcard pattern (* and ?) as an anchored regular expression.
wildcard_regex(p) := concat("", ["^", replace(replace(replace(p, ".", `\.`), "*", ".*"), "?", "."), "$"])

# True when some string can match both wildcard patterns a and b (checked by matching each
# pattern against the other taken literally, exact for patterns where one side has no wildcard).
wildcards_overlap(a, b) if a == b

wildcards_overlap(a, b) if {
	has_wildcard(a)
	regex.match(wildcard_regex(a), b)
}

wildcards_overlap(a, b) if {
	has_wildcard(b)
	regex.match(wildcard_regex(b), a)
}

has_wildcard(s) if contains(s, "*")

has_wildcard(s) if contains(s, "?")

# The names of the subnets the config declares, per kind: the map keys and their ids.
# (The comprehension sits in the body: the evaluator rejects one as a function's bodiless value.)
declared_subnets(kind) := result if {
	result := {name |
		subnets := get(get(get(input, "vpc", {}), "subnets", {}), kind, {})
		is_object(subnets)
		some key, spec in subnets
		names := subnet_names(key, spec)
		name := names[_]
	}
}

subnet_names(key, spec) := {key, spec.id} if {
	is_object(spec)
	is_string(spec.id)
}

subnet_names(key, spec) := {key} if {
	not has_string_id(spec)
}

has_string_id(spec) if {
	is_object(spec)
	is_string(spec.id)
}

# The Kubernetes version eksctl creates the cluster with: metadata.version, or eksctl's default
# when it is absent, empty or "auto" (and for "latest", which is never older than the default).
eksctl_version := v if {
	v := get(get(input, "metadata", {}), "version", "")
	is_string(v)
	not v in {"", "auto", "latest"}
} else := data.eksform.eksctl.defaultVersion

# Whether metadata.version is left to eksctl's default.
version_defaulted if not explicit_version

explicit_version if {
	v := get(get(input, "metadata", {}), "version", "")
	is_string(v)
	not v in {"", "auto", "latest"}
}

# How a version-dependent message names the version: as written, or as eksctl's default.
version_phrase := sprintf("%s (metadata.version is not set; eksctl's default is %s since %s)", [eksctl_version, data.eksform.eksctl.defaultVersion, data.eksform.eksctl.defaultVersionSince]) if {
	version_defaulted
} else := eksctl_version

# True when Kubernetes version a (major.minor) is at least b; false for what does not parse.
version_at_least(a, b) if {
	pa := version_parts(a)
	pb := version_parts(b)
	pa >= pb
}

version_parts(v) := [to_number(m[1]), to_number(m[2])] if {
	is_string(v)
	m := regex.find_all_string_submatch_n(`^v?([0-9]+)\.([0-9]+)`, v, 1)[0]
}

# Something Go's arn.Parse accepts: "arn:" and five more colon-separated sections.
is_arn(s) if {
	is_string(s)
	regex.match(`^arn:[^:]*:[^:]*:[^:]*:[^:]*:`, s)
}

# A value that is set: present, not null, not an empty string, list or object.
is_set(x) if {
	x != null
	x != ""
	x != []
	x != {}
}

# Every node group with the list it is in and its index there.
node_groups contains [list, i, ng] if {
	some list in ["nodeGroups", "managedNodeGroups"]
	some i, ng in items(get(input, list, []))
	is_object(ng)
}

# The AMI families eksctl supports, spelled as eksctl spells them (it accepts any letter case).
ami_families := [
	"AmazonLinux2023", "AmazonLinux2",
	"UbuntuPro2604", "Ubuntu2604", "UbuntuPro2404", "Ubuntu2404",
	"UbuntuPro2204", "Ubuntu2204", "UbuntuPro2004", "Ubuntu2004",
	"Bottlerocket", "BottlerocketFips",
	"WindowsServer2019CoreContainer", "WindowsServer2019FullContainer",
	"WindowsServer2022CoreContainer", "WindowsServer2022FullContainer",
	"WindowsServer2025CoreContainer", "WindowsServer2025FullContainer",
]

# A node group's AMI family in eksctl's spelling, "" when unset, as written when unknown.
ami_family(ng) := f if {
	raw := get(ng, "amiFamily", "")
	is_string(raw)
	raw != ""
	some f in ami_families
	lower(f) == lower(raw)
} else := raw if {
	raw := get(ng, "amiFamily", "")
	is_string(raw)
} else := ""

is_bottlerocket(f) if f in {"Bottlerocket", "BottlerocketFips"}

is_windows(f) if startswith(f, "WindowsServer")

is_ubuntu(f) if startswith(f, "Ubuntu")

is_amazon_linux(f) if f in {"AmazonLinux2", "AmazonLinux2023"}

# Whether the cluster's control plane runs on AWS Outposts.
control_plane_on_outposts if is_set(get(get(input, "outpost", {}), "controlPlaneOutpostARN", ""))

# Whether EKS Auto Mode is enabled.
auto_mode if get(get(input, "autoModeConfig", {}), "enabled", false) == true

# Whether the cluster's IP family is IPv6 (eksctl accepts any letter case).
ipv6 if lower(get(get(input, "kubernetesNetworkConfig", {}), "ipFamily", "")) == "ipv6"

# The names of the config's add-ons.
addon_names := {a.name | some a in items(get(input, "addons", [])); is_string(a.name)}
