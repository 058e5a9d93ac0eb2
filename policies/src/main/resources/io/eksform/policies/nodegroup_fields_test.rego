package eksform.rules.nodegroup_fields_test

import data.eksform.rules.nodegroup_fields
import rego.v1

found(id, cfg) if {
	some f in nodegroup_fields.findings with input as cfg
	f.id == id
}

test_clean if count(nodegroup_fields.findings) == 0 with input as {"nodeGroups": [{"name": "ng-1", "labels": {"role": "a", "node.kubernetes.io/x": "y"}, "taints": [{"key": "k", "value": "v", "effect": "NoSchedule"}], "volumeSize": 20, "volumeEncrypted": true, "volumeKmsKeyID": "k"}]}

test_name_missing if found("nodegroups/name-missing", {"managedNodeGroups": [{"instanceType": "m5.large"}]})

test_name_syntax if found("nodegroups/name-syntax", {"nodeGroups": [{"name": "ng_1"}]})

test_volume_encrypted_without_size if found("nodegroups/volume-options", {"nodeGroups": [{"name": "a", "volumeEncrypted": true}]})

test_kms_without_encrypted if found("nodegroups/volume-options", {"nodeGroups": [{"name": "a", "volumeSize": 20, "volumeKmsKeyID": "k"}]})

test_iops_gp2 if found("nodegroups/volume-options", {"nodeGroups": [{"name": "a", "volumeType": "gp2", "volumeIOPS": 3000}]})

test_iops_gp3_range if found("nodegroups/volume-options", {"managedNodeGroups": [{"name": "a", "volumeIOPS": 2000}]})

test_iops_io2_ok if not found("nodegroups/volume-options", {"managedNodeGroups": [{"name": "a", "volumeType": "io2", "volumeIOPS": 200000}]})

test_throughput_io1 if found("nodegroups/volume-options", {"nodeGroups": [{"name": "a", "volumeType": "io1", "volumeThroughput": 200}]})

test_ssm_disabled if found("nodegroups/conflicting-options", {"nodeGroups": [{"name": "a", "ssh": {"enableSsm": false}}]})

test_ssh_two_keys if found("nodegroups/conflicting-options", {"nodeGroups": [{"name": "a", "ssh": {"publicKeyName": "k", "publicKeyPath": "p"}}]})

test_reserved_label if found("nodegroups/labels", {"nodeGroups": [{"name": "a", "labels": {"kubernetes.io/role": "x"}}]})

test_two_slashes if found("nodegroups/labels", {"nodeGroups": [{"name": "a", "labels": {"a/b/c": "x"}}]})

test_taint_effect if found("nodegroups/taints", {"managedNodeGroups": [{"name": "a", "taints": [{"key": "k", "effect": "Never"}]}]})

test_taint_map if found("nodegroups/taints", {"nodeGroups": [{"name": "a", "taints": {"k": "v:Never"}}]})

test_taint_map_ok if not found("nodegroups/taints", {"nodeGroups": [{"name": "a", "taints": {"k": "v:NoSchedule"}}]})

test_instance_type_with_distribution if found("nodegroups/instance-options", {"nodeGroups": [{"name": "a", "instanceType": "m5.large", "instancesDistribution": {"instanceTypes": ["m5.large"]}}]})

test_spot_pools_capacity_optimized if found("nodegroups/instance-options", {"nodeGroups": [{"name": "a", "instancesDistribution": {"instanceTypes": ["m5.large"], "spotInstancePools": 2, "spotAllocationStrategy": "capacity-optimized"}}]})

test_cpu_credits if found("nodegroups/instance-options", {"nodeGroups": [{"name": "a", "instanceType": "m5.large", "cpuCredits": "unlimited"}]})

test_lifetime if found("nodegroups/instance-options", {"nodeGroups": [{"name": "a", "maxInstanceLifetime": 100}]})

test_kubelet_forbidden if found("nodegroups/instance-options", {"nodeGroups": [{"name": "a", "kubeletExtraConfig": {"address": "x"}}]})

test_runtime_al2023 if found("nodegroups/instance-options", {"nodeGroups": [{"name": "a", "amiFamily": "AmazonLinux2023", "containerRuntime": "dockerd"}]})

test_role_arn_conflict if found("nodegroups/iam", {"managedNodeGroups": [{"name": "a", "iam": {"instanceRoleARN": "arn:aws:iam::1:role/r", "instanceRoleName": "n"}}]})

test_attach_arn if found("nodegroups/iam", {"nodeGroups": [{"name": "a", "iam": {"attachPolicyARNs": ["foo"]}}]})

test_market_options_without_reservation if found("nodegroups/conflicting-options", {"nodeGroups": [{"name": "a", "instanceMarketOptions": {"marketType": "capacity-block"}}]})

test_reservation_preference if found("nodegroups/conflicting-options", {"managedNodeGroups": [{"name": "a", "capacityReservation": {"capacityReservationPreference": "always"}}]})
