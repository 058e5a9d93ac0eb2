package main

import rego.v1

allowed_regions := {"us-east-1", "us-west-2", "eu-west-1"}

allowed_instance_types := {"m5.large", "m5.xlarge", "m6i.large", "t3.medium"}

profile_names := [p.name | some p in input.fargateProfiles]

deny contains msg if {
	not input.metadata.name
	msg := "metadata.name is required"
}

deny contains msg if {
	not input.metadata.region in allowed_regions
	msg := sprintf("region %s is not allowed", [input.metadata.region])
}

deny contains msg if {
	some p in input.fargateProfiles
	count(object.get(p, "selectors", [])) == 0
	msg := sprintf("fargate profile %s has no selectors", [p.name])
}

deny contains msg if {
	some p in input.fargateProfiles
	some s in p.selectors
	not s.namespace
	msg := sprintf("fargate profile %s has a selector without namespace", [p.name])
}

deny contains msg if {
	some name in profile_names
	not regex.match(`^[a-z][a-z0-9-]{2,62}$`, name)
	msg := sprintf("fargate profile name %s is invalid", [name])
}

deny contains msg if {
	some i, a in profile_names
	some j, b in profile_names
	i < j
	a == b
	msg := sprintf("fargate profile %s is defined twice", [a])
}

deny contains msg if {
	some sa in input.iam.serviceAccounts
	not sa.attachPolicyARNs
	not sa.roleName
	msg := sprintf("service account %s/%s has neither policies nor a role", [sa.metadata.namespace, sa.metadata.name])
}

deny contains msg if {
	some sa in input.iam.serviceAccounts
	sa.metadata.namespace == "default"
	msg := sprintf("service account %s lives in the default namespace", [sa.metadata.name])
}

deny contains msg if {
	count(input.iam.serviceAccounts) > 0
	not input.iam.withOIDC
	msg := "iam.withOIDC must be true when service accounts are declared"
}

deny contains msg if {
	some ng in input.managedNodeGroups
	not ng.instanceType in allowed_instance_types
	msg := sprintf("node group %s uses instance type %s", [ng.name, ng.instanceType])
}

deny contains msg if {
	some ng in input.managedNodeGroups
	ng.desiredCapacity > ng.maxSize
	msg := sprintf("node group %s wants more nodes than its maximum", [ng.name])
}

deny contains msg if {
	some ng in input.managedNodeGroups
	ng.minSize > ng.desiredCapacity
	msg := sprintf("node group %s has a minimum above its desired size", [ng.name])
}

deny contains msg if {
	some ng in input.managedNodeGroups
	not ng.privateNetworking
	msg := sprintf("node group %s must use private networking", [ng.name])
}

deny contains msg if {
	some sa in input.iam.serviceAccounts
	some arn in sa.attachPolicyARNs
	contains(arn, ":*:")
	msg := sprintf("policy %s uses a wildcard account", [arn])
}

deny contains msg if {
	every t in ["api", "audit"] {
		not t in object.get(input, ["cloudWatch", "clusterLogging", "enableTypes"], [])
	}
	msg := "control plane logging of api and audit is off"
}

warn contains msg if {
	some ng in input.managedNodeGroups
	count(object.get(ng, "labels", {})) == 0
	msg := sprintf("node group %s has no labels", [ng.name])
}

warn contains msg if {
	some ng in input.managedNodeGroups
	object.get(ng, "volumeSize", 80) < 50
	msg := sprintf("node group %s has a small root volume", [ng.name])
}

warn contains msg if {
	semver_parts := [to_number(x) | some x in split(input.metadata.version, ".")]
	semver_parts[1] < 29
	msg := sprintf("Kubernetes %s is out of standard support", [input.metadata.version])
}

warn contains msg if {
	not input.metadata.tags.owner
	msg := "metadata.tags.owner is missing"
}

default allow := false

allow if count(deny) == 0
