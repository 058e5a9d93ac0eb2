package eksform.rules.automode_test

import data.eksform.rules.automode
import rego.v1

found(id, cfg) if {
	some f in automode.findings with input as cfg
	f.id == id
}

test_clean if count(automode.findings) == 0 with input as {"autoModeConfig": {"enabled": true, "nodePools": ["general-purpose", "system"], "nodeRoleARN": "arn:aws:iam::1:role/r"}}

test_role_without_pools if found("automode/settings", {"autoModeConfig": {"enabled": true, "nodePools": [], "nodeRoleARN": "arn:aws:iam::1:role/r"}})

test_role_and_boundary if found("automode/settings", {"autoModeConfig": {"enabled": true, "nodePools": ["system"], "nodeRoleARN": "r", "permissionsBoundaryARN": "b"}})

test_duplicate_pool if found("automode/settings", {"autoModeConfig": {"enabled": true, "nodePools": ["system", "system"]}})

test_unknown_pool if found("automode/settings", {"autoModeConfig": {"enabled": true, "nodePools": ["gpu"]}})

test_disabled_with_pools if found("automode/settings", {"autoModeConfig": {"enabled": false, "nodePools": ["system"]}})
