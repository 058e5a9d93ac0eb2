package eksform.rules.managed_test

import data.eksform.rules.managed
import rego.v1

found(id, cfg) if {
	some f in managed.findings with input as cfg
	f.id == id
}

test_clean if count(managed.findings) == 0 with input as {"managedNodeGroups": [{"name": "a", "instanceTypes": ["m5.large"], "updateConfig": {"maxUnavailable": 1}, "launchTemplate": {"id": "lt-1", "version": "3"}}]}

test_instance_profile if found("managed/unsupported-field", {"managedNodeGroups": [{"name": "a", "iam": {"instanceProfileARN": "arn:aws:iam::1:instance-profile/p"}}]})

test_with_local if found("managed/unsupported-field", {"managedNodeGroups": [{"name": "a", "securityGroups": {"withLocal": true}}]})

test_update_config_empty if found("managed/update-config", {"managedNodeGroups": [{"name": "a", "updateConfig": {}}]})

test_update_config_both if found("managed/update-config", {"managedNodeGroups": [{"name": "a", "updateConfig": {"maxUnavailable": 1, "maxUnavailablePercentage": 10}}]})

# eksctl: maxUnavailable=5 cannot be greater than maxSize=2 (maxSize defaults from minSize 2)
test_update_config_above_default_max if found("managed/update-config", {"managedNodeGroups": [{"name": "a", "updateConfig": {"maxUnavailable": 5}}]})

test_update_config_within_max if not found("managed/update-config", {"managedNodeGroups": [{"name": "a", "maxSize": 5, "updateConfig": {"maxUnavailable": 5}}]})

test_instance_type_and_types if found("managed/instance-types", {"managedNodeGroups": [{"name": "a", "instanceType": "m5.large", "instanceTypes": ["m5.large"]}]})

test_instance_type_and_selector if found("managed/instance-types", {"managedNodeGroups": [{"name": "a", "instanceType": "m5.large", "instanceSelector": {"vCPUs": 2}}]})

test_launch_template_id if found("managed/launch-template", {"managedNodeGroups": [{"name": "a", "launchTemplate": {"version": "1"}}]})

test_launch_template_version_zero if found("managed/launch-template", {"managedNodeGroups": [{"name": "a", "launchTemplate": {"id": "lt-1", "version": "0"}}]})

test_launch_template_version_text if found("managed/launch-template", {"managedNodeGroups": [{"name": "a", "launchTemplate": {"id": "lt-1", "version": "latest"}}]})

test_launch_template_with_instance_type if found("managed/launch-template", {"managedNodeGroups": [{"name": "a", "instanceType": "m5.large", "launchTemplate": {"id": "lt-1"}}]})
