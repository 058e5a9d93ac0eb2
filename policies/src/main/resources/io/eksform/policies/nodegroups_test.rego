package eksform.rules.nodegroups_test

import data.eksform.rules.nodegroups
import rego.v1

found(id, cfg) if {
	some f in nodegroups.findings with input as cfg
	f.id == id
}

test_clean if count(nodegroups.findings) == 0 with input as {"nodeGroups": [{"name": "a", "minSize": 1, "desiredCapacity": 2, "maxSize": 3}]}

test_duplicate_across_lists if {
	some f in nodegroups.findings with input as {"nodeGroups": [{"name": "a"}], "managedNodeGroups": [{"name": "a"}]}
	f.id == "nodegroups/duplicate-name"
	f.path == ["managedNodeGroups", 0, "name"]
}

test_unique if not found("nodegroups/duplicate-name", {"nodeGroups": [{"name": "a"}], "managedNodeGroups": [{"name": "b"}]})

test_desired_below_min if found("nodegroups/size-order", {"managedNodeGroups": [{"name": "a", "minSize": 3, "desiredCapacity": 2}]})

test_desired_above_max if found("nodegroups/size-order", {"managedNodeGroups": [{"name": "a", "maxSize": 1, "desiredCapacity": 2}]})

test_max_below_min if found("nodegroups/size-order", {"nodeGroups": [{"name": "a", "minSize": 3, "maxSize": 2}]})

test_sizes_ok if not found("nodegroups/size-order", {"nodeGroups": [{"name": "a", "minSize": 2, "desiredCapacity": 2, "maxSize": 2}]})

test_private_cluster_needs_private_networking if found("nodegroups/private-networking", {"privateCluster": {"enabled": true}, "managedNodeGroups": [{"name": "a"}]})

test_private_cluster_ok if not found("nodegroups/private-networking", {"privateCluster": {"enabled": true}, "managedNodeGroups": [{"name": "a", "privateNetworking": true}]})

test_not_private_cluster if not found("nodegroups/private-networking", {"managedNodeGroups": [{"name": "a"}]})

test_subnets_and_zones if found("nodegroups/subnets-and-zones", {"nodeGroups": [{"name": "a", "subnets": ["s"], "availabilityZones": ["us-west-2a"]}]})

test_subnets_only if not found("nodegroups/subnets-and-zones", {"nodeGroups": [{"name": "a", "subnets": ["s"]}]})

vpc := {"subnets": {"private": {"priv-a": {"id": "subnet-1"}}, "public": {"pub-a": {"id": "subnet-2"}}}}

test_private_subnet_without_private_networking if found("nodegroups/private-subnet", {"vpc": vpc, "nodeGroups": [{"name": "a", "subnets": ["priv-a"]}]})

test_private_subnet_with_private_networking if not found("nodegroups/private-subnet", {"vpc": vpc, "nodeGroups": [{"name": "a", "subnets": ["subnet-1"], "privateNetworking": true}]})

test_public_subnet if not found("nodegroups/private-subnet", {"vpc": vpc, "nodeGroups": [{"name": "a", "subnets": ["pub-a"]}]})
