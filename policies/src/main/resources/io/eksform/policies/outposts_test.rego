package eksform.rules.outposts_test

import data.eksform.rules.outposts
import rego.v1

found(id, cfg) if {
	some f in outposts.findings with input as cfg
	f.id == id
}

arn := "arn:aws:outposts:us-west-2:1234:outpost/op-1234"

test_clean if count(outposts.findings) == 0 with input as {"outpost": {"controlPlaneOutpostARN": arn, "controlPlaneInstanceType": "m5.xlarge"}, "nodeGroups": [{"name": "a", "privateNetworking": true}]}

test_arn_required if found("outposts/control-plane", {"outpost": {"controlPlaneInstanceType": "m5.xlarge"}})

test_arn_service if found("outposts/control-plane", {"outpost": {"controlPlaneOutpostARN": "arn:aws:ec2:us-west-2:1234:instance/i-1"}})

test_etcd_placement if found("outposts/control-plane", {"outpost": {"controlPlaneOutpostARN": arn, "etcdPlacement": {"groupName": "g"}}})

test_addons if found("outposts/unsupported", {"outpost": {"controlPlaneOutpostARN": arn}, "addons": [{"name": "vpc-cni"}]})

test_oidc if found("outposts/unsupported", {"outpost": {"controlPlaneOutpostARN": arn}, "iam": {"withOIDC": true}})

test_managed if found("outposts/unsupported", {"outpost": {"controlPlaneOutpostARN": arn}, "managedNodeGroups": [{"name": "a"}]})

test_public_endpoint if found("outposts/unsupported", {"outpost": {"controlPlaneOutpostARN": arn}, "vpc": {"clusterEndpoints": {"publicAccess": true}}})

test_nodegroup_other_outpost if found("outposts/nodegroup", {"outpost": {"controlPlaneOutpostARN": arn}, "nodeGroups": [{"name": "a", "outpostARN": "arn:aws:outposts:us-west-2:1234:outpost/op-5678"}]})

test_nodegroup_family if found("outposts/nodegroup", {"outpost": {"controlPlaneOutpostARN": arn}, "nodeGroups": [{"name": "a", "amiFamily": "Bottlerocket"}]})

test_nodegroup_zones if found("outposts/nodegroup", {"nodeGroups": [{"name": "a", "outpostARN": arn, "availabilityZones": ["us-west-2a"]}]})

test_nodegroup_volume if found("outposts/nodegroup", {"outpost": {"controlPlaneOutpostARN": arn}, "nodeGroups": [{"name": "a", "volumeType": "gp3"}]})
