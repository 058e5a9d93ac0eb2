package eksform.rules.amis_test

import data.eksform.rules.amis
import rego.v1

found(id, cfg) if {
	some f in amis.findings with input as cfg
	f.id == id
}

# eksctl: "AmazonLinux2 is not supported for Kubernetes version" (defaults_test.go)
test_al2_on_default_version if {
	some f in amis.findings with input as {"metadata": {"name": "c"}, "nodeGroups": [{"name": "ng", "amiFamily": "AmazonLinux2"}]}
	f.id == "amis/al2-unsupported-version"
	f.path == ["nodeGroups", 0, "amiFamily"]
	contains(f.msg, "eksctl's default is 1.34")
}

test_al2_on_1_33 if found("amis/al2-unsupported-version", {"metadata": {"version": "1.33"}, "managedNodeGroups": [{"name": "ng", "amiFamily": "AmazonLinux2"}]})

test_al2_managed_other_spelling_is_a_warning if {
	some f in amis.findings with input as {"metadata": {"version": "1.33"}, "managedNodeGroups": [{"name": "ng", "amiFamily": "amazonlinux2"}]}
	f.id == "amis/al2-unsupported-version"
	f.severity == "warning"
}

test_al2_on_1_32 if not found("amis/al2-unsupported-version", {"metadata": {"version": "1.32"}, "nodeGroups": [{"name": "ng", "amiFamily": "AmazonLinux2"}]})

test_al2_managed_custom_ami if not found("amis/al2-unsupported-version", {"managedNodeGroups": [{"name": "ng", "amiFamily": "AmazonLinux2", "ami": "ami-1", "overrideBootstrapCommand": "x"}]})

# eksctl: "overrideBootstrapCommand is required when using a custom AMI based on AmazonLinux2" (validation_test.go)
test_override_required if {
	some f in amis.findings with input as {"metadata": {"version": "1.32"}, "nodeGroups": [{"name": "ng", "amiFamily": "AmazonLinux2", "ami": "ami-1"}]}
	f.id == "amis/override-bootstrap-required"
	f.path == ["nodeGroups", 0, "ami"]
	contains(f.msg, "overrideBootstrapCommand is required when using a custom AMI based on AmazonLinux2")
}

test_override_not_needed_for_al2023 if not found("amis/override-bootstrap-required", {"nodeGroups": [{"name": "ng", "amiFamily": "AmazonLinux2023", "ami": "ami-1"}]})

test_family_required if found("amis/family-required", {"nodeGroups": [{"name": "ng", "ami": "ami-1"}]})

test_family_unsupported if found("amis/family-unsupported", {"nodeGroups": [{"name": "ng", "amiFamily": "WindowsServer20H2CoreContainer"}]})

test_family_any_case if not found("amis/family-unsupported", {"nodeGroups": [{"name": "ng", "amiFamily": "bottlerocket"}]})

test_managed_invalid_ami if found("amis/managed-custom-ami", {"managedNodeGroups": [{"name": "ng", "amiFamily": "AmazonLinux2023", "ami": "custom"}]})

test_managed_custom_ami_release if found("amis/managed-custom-ami", {"managedNodeGroups": [{"name": "ng", "amiFamily": "AmazonLinux2023", "ami": "ami-1", "releaseVersion": "1"}]})

test_override_without_ami if found("amis/override-without-ami", {"managedNodeGroups": [{"name": "ng", "overrideBootstrapCommand": "x"}]})

test_override_without_ami_al2023 if not found("amis/override-without-ami", {"managedNodeGroups": [{"name": "ng", "amiFamily": "AmazonLinux2023", "overrideBootstrapCommand": "x"}]})

test_bottlerocket_pre_bootstrap if found("amis/family-field", {"nodeGroups": [{"name": "ng", "amiFamily": "Bottlerocket", "preBootstrapCommands": ["x"]}]})

test_bottlerocket_block_wrong_family if found("amis/family-field", {"nodeGroups": [{"name": "ng", "amiFamily": "AmazonLinux2023", "bottlerocket": {}}]})

test_bottlerocket_node_labels if found("amis/bottlerocket-settings", {"nodeGroups": [{"name": "ng", "amiFamily": "Bottlerocket", "bottlerocket": {"settings": {"kubernetes": {"node-labels": {}}}}}]})
