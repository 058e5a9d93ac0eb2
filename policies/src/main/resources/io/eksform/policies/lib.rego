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
