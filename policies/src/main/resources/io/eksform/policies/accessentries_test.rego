package eksform.rules.accessentries_test

import data.eksform.rules.accessentries
import rego.v1

found(id, cfg) if {
	some f in accessentries.findings with input as cfg
	f.id == id
}

role := "arn:aws:iam::111122223333:role/admin"

view := "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy"

entry(e) := {"accessConfig": {"accessEntries": [e]}}

test_clean if count(accessentries.findings) == 0 with input as entry({"principalARN": role, "accessPolicies": [{"policyARN": view, "accessScope": {"type": "namespace", "namespaces": ["a"]}}]})

test_config_map_mode if found("accessentries/authentication-mode", {"accessConfig": {"authenticationMode": "CONFIG_MAP", "accessEntries": [{"principalARN": role}]}})

test_principal_missing if found("accessentries/entry", entry({"kubernetesGroups": ["a"]}))

test_principal_invalid if found("accessentries/entry", entry({"principalARN": "role/admin"}))

test_type_invalid if found("accessentries/entry", entry({"principalARN": role, "type": "ROBOT"}))

test_node_type_groups if found("accessentries/entry", entry({"principalARN": role, "type": "EC2_LINUX", "kubernetesGroups": ["a"]}))

test_duplicate if found("accessentries/entry", {"accessConfig": {"accessEntries": [{"principalARN": role}, {"principalARN": role}]}})

test_policy_resource if found("accessentries/policy", entry({"principalARN": role, "accessPolicies": [{"policyARN": "arn:aws:iam::aws:policy/ReadOnly", "accessScope": {"type": "cluster"}}]}))

test_scope_missing if found("accessentries/policy", entry({"principalARN": role, "accessPolicies": [{"policyARN": view}]}))

test_scope_namespaces_missing if found("accessentries/policy", entry({"principalARN": role, "accessPolicies": [{"policyARN": view, "accessScope": {"type": "namespace"}}]}))

test_scope_cluster_namespaces if found("accessentries/policy", entry({"principalARN": role, "accessPolicies": [{"policyARN": view, "accessScope": {"type": "cluster", "namespaces": ["a"]}}]}))
