package eksform.rules.cluster_test

import data.eksform.rules.cluster
import rego.v1

found(id, cfg) if {
	some f in cluster.findings with input as cfg
	f.id == id
}

test_clean if count(cluster.findings) == 0 with input as {"cloudWatch": {"clusterLogging": {"enableTypes": ["api", "*"], "logRetentionInDays": 545}}, "secretsEncryption": {"keyARN": "arn:aws:kms:us-west-2:1:key/k"}, "karpenter": {"version": "1.0.6"}, "iam": {"withOIDC": true}}

test_support_type if found("cluster/upgrade-settings", {"upgradePolicy": {"supportType": "standard"}})

test_rollback if found("cluster/upgrade-settings", {"metadata": {"rollbackConfig": {"timeoutMinutes": 60}}})

test_log_type if found("cluster/logging", {"cloudWatch": {"clusterLogging": {"enableTypes": ["api", "controller"]}}})

test_retention_value if found("cluster/logging", {"cloudWatch": {"clusterLogging": {"enableTypes": ["api"], "logRetentionInDays": 10}}})

test_retention_without_types if found("cluster/logging", {"cloudWatch": {"clusterLogging": {"logRetentionInDays": 7}}})

test_key_missing if found("cluster/secrets-encryption", {"secretsEncryption": {}})

test_key_invalid if found("cluster/secrets-encryption", {"secretsEncryption": {"keyARN": "key/k"}})

test_identity_provider if found("cluster/identity-provider", {"identityProviders": [{"type": "oidc", "name": "p", "clientID": "c"}]})

test_karpenter_version if found("cluster/karpenter", {"karpenter": {}, "iam": {"withOIDC": true}})

test_karpenter_old if found("cluster/karpenter", {"karpenter": {"version": "v0.19.0"}, "iam": {"withOIDC": true}})

test_karpenter_oidc if found("cluster/karpenter", {"karpenter": {"version": "0.20.0"}})

test_gitops if found("cluster/gitops", {"gitops": {"flux": {"gitProvider": "github"}}})

test_identity_mapping_service_with_arn if found("cluster/identity-mapping", {"iamIdentityMappings": [{"serviceName": "emr-containers", "namespace": "spark", "arn": "arn:aws:iam::1:role/r"}]})

test_identity_mapping_account_alone if not found("cluster/identity-mapping", {"iamIdentityMappings": [{"account": "123456789012"}]})

test_argocd_without_idc if found("cluster/capability", {"capabilities": [{"name": "argo", "type": "ARGOCD", "configuration": {"argocd": {}}}]})
