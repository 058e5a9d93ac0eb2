package eksform.rules.tags_test

import data.eksform.rules.tags
import rego.v1

found(id, cfg) if {
	some f in tags.findings with input as cfg
	f.id == id
}

many(n) := {k: "v" | some i in numbers.range(1, n); k := sprintf("k%d", [i])}

long(n) := concat("", [x | some _ in numbers.range(1, n); x := "a"])

test_clean if count(tags.findings) == 0 with input as {"metadata": {"tags": {"team": "a"}}, "fargateProfiles": [{"tags": many(50)}]}

test_max_count if found("tags/max-count", {"managedNodeGroups": [{"name": "a", "tags": many(51)}]})

test_max_count_ok if not found("tags/max-count", {"managedNodeGroups": [{"name": "a", "tags": many(50)}]})

test_key_length if found("tags/key-length", {"metadata": {"tags": {long(129): "x"}}})

test_key_length_ok if not found("tags/key-length", {"metadata": {"tags": {long(128): "x"}}})

test_value_length if found("tags/value-length", {"iam": {"serviceAccounts": [{"tags": {"k": long(257)}}]}})

test_value_length_ok if not found("tags/value-length", {"iam": {"serviceAccounts": [{"tags": {"k": long(256)}}]}})

test_reserved_prefix if {
	some f in tags.findings with input as {"addons": [{"name": "x", "tags": {"AWS:owner": "me"}}]}
	f.id == "tags/reserved-prefix"
	f.path == ["addons", 0, "tags", "AWS:owner"]
}

test_prefix_elsewhere_ok if not found("tags/reserved-prefix", {"metadata": {"tags": {"team-aws:x": "y"}}})
