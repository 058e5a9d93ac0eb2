# IAM roles for service accounts (IRSA): OIDC, names, uniqueness, policies and ARNs.
package eksform.rules.irsa

import data.eksform.lib
import rego.v1

iam := lib.get(input, "iam", {})

accounts := lib.items(lib.get(iam, "serviceAccounts", []))

sa_meta(sa) := lib.get(sa, "metadata", {})

sa_name(sa) := lib.get(sa_meta(sa), "name", "")

sa_namespace(sa) := ns if {
	ns := lib.get(sa_meta(sa), "namespace", "default")
	ns != ""
} else := "default"

# Each account's name and effective namespace by index, computed once per evaluation.
names := {i: sa_name(sa) | some i, sa in accounts}

namespaces := {i: sa_namespace(sa) | some i, sa in accounts}

# METADATA
# title: Service accounts without an IAM OIDC provider
# description: "`iam.serviceAccounts` needs `iam.withOIDC: true`: eksctl refuses the config when it is false or omitted."
# custom:
#   id: irsa/oidc-required
#   severity: error
#   remediation: Set `iam.withOIDC` to `true`.
findings contains lib.finding("irsa/oidc-required", "error", msg, path) if {
	count(accounts) > 0
	lib.get(iam, "withOIDC", null) != true
	path := oidc_path
	msg := oidc_message
}

oidc_path := ["iam", "withOIDC"] if {
	"withOIDC" in object.keys(iam)
} else := ["iam", "serviceAccounts"]

# The message says what withOIDC is: `withOIDC: yes` is the text "yes" in YAML 1.2, not false.
oidc_message := msg if {
	"withOIDC" in object.keys(iam)
	is_string(iam.withOIDC)
	msg := sprintf("iam.serviceAccounts needs iam.withOIDC: true, but it is the text \"%s\" (only true and false, unquoted, are booleans)", [iam.withOIDC])
} else := msg if {
	"withOIDC" in object.keys(iam)
	msg := sprintf("iam.serviceAccounts needs iam.withOIDC: true, but it is %v", [iam.withOIDC])
} else := "iam.serviceAccounts needs iam.withOIDC: true, which is omitted (it defaults to false)"

# METADATA
# title: Service account without a name
# description: Every entry of `iam.serviceAccounts` needs `metadata.name`.
# custom:
#   id: irsa/name-missing
#   severity: error
#   remediation: Add `metadata.name` with the Kubernetes service account's name.
findings contains lib.finding("irsa/name-missing", "error", msg, ["iam", "serviceAccounts", i]) if {
	some i, name in names
	name == ""
	msg := sprintf("iam.serviceAccounts[%d] has no metadata.name", [i])
}

# METADATA
# title: Service account name syntax
# description: A service account name is a Kubernetes DNS subdomain name (lower-case letters, digits, `-` and `.`, at most 253 characters).
# custom:
#   id: irsa/name-syntax
#   severity: error
#   remediation: Use lower-case letters, digits and `-`.
findings contains lib.finding("irsa/name-syntax", "error", msg, ["iam", "serviceAccounts", i, "metadata", "name"]) if {
	some i, name in names
	is_string(name)
	name != ""
	not regex.match(lib.dns_subdomain_pattern, name)
	msg := sprintf("service account name %q is not a valid Kubernetes name", [name])
}

# METADATA
# title: Service account namespace syntax
# description: A namespace is a Kubernetes DNS label (lower-case letters, digits and `-`, at most 63 characters).
# custom:
#   id: irsa/namespace-syntax
#   severity: error
#   remediation: Use a valid Kubernetes namespace name.
findings contains lib.finding("irsa/namespace-syntax", "error", msg, ["iam", "serviceAccounts", i, "metadata", "namespace"]) if {
	some i, sa in accounts
	ns := lib.get(sa_meta(sa), "namespace", "")
	is_string(ns)
	ns != ""
	not regex.match(lib.dns_label_pattern, ns)
	msg := sprintf("namespace %q is not a valid Kubernetes namespace name", [ns])
}

# METADATA
# title: Duplicate service account
# description: Each namespace/name pair may appear once in `iam.serviceAccounts` (the namespace defaults to `default`).
# custom:
#   id: irsa/duplicate
#   severity: error
#   remediation: Remove or rename the repeated service account.
findings contains lib.finding("irsa/duplicate", "error", msg, ["iam", "serviceAccounts", j, "metadata"]) if {
	some i, name in names
	name != ""
	some j, other in names
	i < j
	name == other
	namespaces[i] == namespaces[j]
	msg := sprintf("service account %s/%s is already declared at iam.serviceAccounts[%d]", [namespaces[j], name, i])
}

policy_fields := ["wellKnownPolicies", "attachPolicyARNs", "attachPolicy", "attachRoleARN"]

# METADATA
# title: Service account without permissions
# description: A service account needs one of `wellKnownPolicies`, `attachPolicyARNs`, `attachPolicy` or `attachRoleARN`.
# custom:
#   id: irsa/no-policy
#   severity: error
#   remediation: Attach a policy or an existing role to the service account.
findings contains lib.finding("irsa/no-policy", "error", msg, ["iam", "serviceAccounts", i]) if {
	some i, sa in accounts
	is_object(sa)
	not has_policy(sa)
	msg := sprintf("service account %s/%s has none of wellKnownPolicies, attachPolicyARNs, attachPolicy, attachRoleARN", [namespaces[i], names[i]])
}

has_policy(sa) if {
	some f in policy_fields
	sa[f]
	sa[f] != null
}

# METADATA
# title: Service account ARN format
# description: "`attachPolicyARNs` and `permissionsBoundary` take IAM policy ARNs, `attachRoleARN` an IAM role ARN; eksctl passes them unchecked and CloudFormation fails late."
# custom:
#   id: irsa/arn-format
#   severity: error
#   remediation: Give the full ARN, such as `arn:aws:iam::123456789012:policy/MyPolicy` or `arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess`.
findings contains lib.finding("irsa/arn-format", "error", msg, ["iam", "serviceAccounts", i, "attachPolicyARNs", k]) if {
	some i, sa in accounts
	some k, arn in lib.items(lib.get(sa, "attachPolicyARNs", []))
	not lib.is_valid_policy_arn(arn)
	msg := sprintf("%q is not an IAM policy ARN", [arn])
}

findings contains lib.finding("irsa/arn-format", "error", msg, ["iam", "serviceAccounts", i, "permissionsBoundary"]) if {
	some i, sa in accounts
	arn := lib.get(sa, "permissionsBoundary", null)
	arn != null
	not lib.is_valid_policy_arn(arn)
	msg := sprintf("permissionsBoundary %q is not an IAM policy ARN", [arn])
}

findings contains lib.finding("irsa/arn-format", "error", msg, ["iam", "serviceAccounts", i, "attachRoleARN"]) if {
	some i, sa in accounts
	arn := lib.get(sa, "attachRoleARN", null)
	arn != null
	not lib.is_valid_role_arn(arn)
	msg := sprintf("attachRoleARN %q is not an IAM role ARN", [arn])
}

# METADATA
# title: Service account stack name invalid
# description: eksctl creates the role in the CloudFormation stack `eksctl-<cluster>-addon-iamserviceaccount-<namespace>-<name>`; a stack name has at most 128 letters, digits and hyphens, so a `.` in the name or long names break it.
# custom:
#   id: irsa/stack-name
#   severity: error
#   remediation: Shorten the names or drop the dots, or give `attachRoleARN` to reuse an existing role (no stack).
findings contains lib.finding("irsa/stack-name", "error", msg, ["iam", "serviceAccounts", i, "metadata", "name"]) if {
	some i, sa in accounts
	lib.get(sa, "attachRoleARN", null) == null
	names[i] != ""
	stack := sprintf("eksctl-%s-addon-iamserviceaccount-%s-%s", [lib.get(lib.get(input, "metadata", {}), "name", ""), namespaces[i], names[i]])
	not valid_stack_name(stack)
	msg := sprintf("the CloudFormation stack name %q would be invalid (at most 128 letters, digits and hyphens)", [stack])
}

valid_stack_name(s) if {
	count(s) <= 128
	regex.match(`^[A-Za-z][A-Za-z0-9-]*$`, s)
}

# METADATA
# title: Service account in the default namespace
# description: Service accounts in `default` (also when the namespace is omitted) share the namespace with everything deployed without one.
# custom:
#   id: irsa/default-namespace
#   severity: warning
#   remediation: Put the workload and its service account in a dedicated namespace.
findings contains lib.finding("irsa/default-namespace", "warning", msg, ["iam", "serviceAccounts", i, "metadata"]) if {
	some i, name in names
	name != ""
	namespaces[i] == "default"
	msg := sprintf("service account %q is in the default namespace: use a dedicated namespace", [name])
}
