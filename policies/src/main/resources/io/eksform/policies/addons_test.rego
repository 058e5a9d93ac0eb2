package eksform.rules.addons_test

import data.eksform.rules.addons
import rego.v1

found(id, cfg) if {
	some f in addons.findings with input as cfg
	f.id == id
}

test_clean if count(addons.findings) == 0 with input as {"addons": [{"name": "vpc-cni", "configurationValues": "{\"env\": {}}", "attachPolicyARNs": ["arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy"]}, {"name": "coredns", "configurationValues": "replicaCount: 2"}]}

test_name_required if found("addons/invalid", {"addons": [{"version": "latest"}]})

test_configuration_values if found("addons/invalid", {"addons": [{"name": "a", "configurationValues": "not: valid: yaml"}]})

test_namespace if found("addons/invalid", {"addons": [{"name": "a", "namespaceConfig": {"namespace": "Bad_Name"}}]})

test_irsa_and_pod_identity if found("addons/invalid", {"addons": [{"name": "a", "serviceAccountRoleARN": "arn:aws:iam::1:role/r", "podIdentityAssociations": [{"namespace": "n", "serviceAccountName": "s", "roleARN": "arn:aws:iam::1:role/r"}]}]})

test_two_policy_sources if found("addons/invalid", {"addons": [{"name": "a", "serviceAccountRoleARN": "arn:aws:iam::1:role/r", "wellKnownPolicies": {"ebsCSIController": true}}]})

test_association_namespace if found("addons/pod-identity", {"iam": {"podIdentityAssociations": [{"serviceAccountName": "s", "roleARN": "r"}]}})

test_association_no_policy if found("addons/pod-identity", {"iam": {"podIdentityAssociations": [{"namespace": "n", "serviceAccountName": "s"}]}})

test_association_role_and_policy if found("addons/pod-identity", {"iam": {"podIdentityAssociations": [{"namespace": "n", "serviceAccountName": "s", "roleARN": "r", "permissionPolicyARNs": ["p"]}]}})

test_addon_association_well_known if found("addons/pod-identity", {"addons": [{"name": "a", "podIdentityAssociations": [{"namespace": "n", "serviceAccountName": "s", "wellKnownPolicies": {"autoScaler": true}}]}]})

test_default_and_own if found("addons/pod-identity", {"addons": [{"name": "a", "useDefaultPodIdentityAssociations": true, "podIdentityAssociations": [{"namespace": "n", "serviceAccountName": "s", "roleARN": "r"}]}]})

test_agent_missing if found("addons/pod-identity-agent", {"iam": {"podIdentityAssociations": [{"namespace": "n", "serviceAccountName": "s", "roleARN": "r"}]}})

test_agent_present if not found("addons/pod-identity-agent", {"addons": [{"name": "eks-pod-identity-agent"}], "iam": {"podIdentityAssociations": [{"namespace": "n", "serviceAccountName": "s", "roleARN": "r"}]}})

test_auto_mode_node_groups if found("addons/auto-mode", {"autoModeConfig": {"enabled": true}, "managedNodeGroups": [{"name": "a"}]})

test_auto_mode_core_addons if found("addons/auto-mode", {"autoModeConfig": {"enabled": true}, "addons": [{"name": "vpc-cni"}]})

test_auto_mode_core_addons_with_fargate if not found("addons/auto-mode", {"autoModeConfig": {"enabled": true}, "addons": [{"name": "vpc-cni"}], "fargateProfiles": [{"name": "fp"}]})

test_bare_cluster if found("addons/bare-cluster", {"addonsConfig": {"disableDefaultAddons": true}, "managedNodeGroups": [{"name": "a"}]})
