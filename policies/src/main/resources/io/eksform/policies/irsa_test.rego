package eksform.rules.irsa_test

import data.eksform.rules.irsa
import rego.v1

found(id, cfg) if {
	some f in irsa.findings with input as cfg
	f.id == id
}

good := {"metadata": {"name": "app", "namespace": "team"}, "attachPolicyARNs": ["arn:aws:iam::123456789012:policy/P"]}

cfg(sas) := {"metadata": {"name": "c"}, "iam": {"withOIDC": true, "serviceAccounts": sas}}

test_clean if count(irsa.findings) == 0 with input as cfg([good])

test_oidc_omitted if {
	some f in irsa.findings with input as {"iam": {"serviceAccounts": [good]}}
	f.id == "irsa/oidc-required"
	contains(f.msg, "omitted")
}

test_oidc_false if {
	some f in irsa.findings with input as {"iam": {"withOIDC": false, "serviceAccounts": [good]}}
	f.id == "irsa/oidc-required"
	endswith(f.msg, "but it is false")
}

test_oidc_yes_is_named_as_text if {
	some f in irsa.findings with input as {"iam": {"withOIDC": "yes", "serviceAccounts": [good]}}
	f.id == "irsa/oidc-required"
	contains(f.msg, "but it is the text \"yes\"")
}

test_oidc_true if not found("irsa/oidc-required", cfg([good]))

test_name_missing if found("irsa/name-missing", cfg([{"metadata": {"namespace": "x"}, "wellKnownPolicies": {"autoScaler": true}}]))

test_name_syntax if found("irsa/name-syntax", cfg([object.union(good, {"metadata": {"name": "App_1", "namespace": "team"}})]))

test_name_syntax_ok if not found("irsa/name-syntax", cfg([good]))

test_namespace_syntax if found("irsa/namespace-syntax", cfg([object.union(good, {"metadata": {"name": "app", "namespace": "Team"}})]))

test_namespace_syntax_ok if not found("irsa/namespace-syntax", cfg([good]))

test_duplicate if found("irsa/duplicate", cfg([good, good]))

test_duplicate_default_namespace if found("irsa/duplicate", cfg([{"metadata": {"name": "a"}, "attachRoleARN": "arn:aws:iam::123456789012:role/r"}, {"metadata": {"name": "a", "namespace": "default"}, "attachRoleARN": "arn:aws:iam::123456789012:role/r"}]))

test_not_duplicate_other_namespace if not found("irsa/duplicate", cfg([good, object.union(good, {"metadata": {"name": "app", "namespace": "other"}})]))

test_no_policy if found("irsa/no-policy", cfg([{"metadata": {"name": "a", "namespace": "b"}}]))

test_well_known_is_a_policy if not found("irsa/no-policy", cfg([{"metadata": {"name": "a", "namespace": "b"}, "wellKnownPolicies": {"autoScaler": true}}]))

test_policy_arn_bad if found("irsa/arn-format", cfg([object.union(good, {"attachPolicyARNs": ["arn:aws:iam:123456789012:policy/P"]})]))

test_aws_managed_policy_ok if not found("irsa/arn-format", cfg([object.union(good, {"attachPolicyARNs": ["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"]})]))

test_role_arn_bad if found("irsa/arn-format", cfg([{"metadata": {"name": "a", "namespace": "b"}, "attachRoleARN": "role/x"}]))

test_boundary_bad if found("irsa/arn-format", cfg([object.union(good, {"permissionsBoundary": "arn:aws:iam::123456789012:role/x"})]))

test_stack_name_dot if found("irsa/stack-name", cfg([object.union(good, {"metadata": {"name": "app.v1", "namespace": "team"}})]))

test_stack_name_not_needed_with_role if not found("irsa/stack-name", cfg([{"metadata": {"name": "app.v1", "namespace": "team"}, "attachRoleARN": "arn:aws:iam::123456789012:role/r"}]))

test_stack_name_ok if not found("irsa/stack-name", cfg([good]))

test_default_namespace_warning if found("irsa/default-namespace", cfg([{"metadata": {"name": "app"}, "attachPolicyARNs": ["arn:aws:iam::123456789012:policy/P"]}]))

test_dedicated_namespace if not found("irsa/default-namespace", cfg([good]))
