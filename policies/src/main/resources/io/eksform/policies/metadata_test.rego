package eksform.rules.metadata_test

import data.eksform.rules.metadata
import rego.v1

found(id, cfg) if {
	some f in metadata.findings with input as cfg
	f.id == id
}

cfg(m) := {"metadata": m}

at(date) := time.parse_rfc3339_ns(concat("", [date, "T00:00:00Z"]))

level(v, date) := s.level if {
	some s in metadata.version_status(v, at(date))
}

test_name_length_fail if found("metadata/name-length", cfg({"name": concat("", [x | some _ in numbers.range(1, 101); x := "a"]), "region": "us-west-2"}))

test_name_length_pass if not found("metadata/name-length", cfg({"name": "demo", "region": "us-west-2"}))

test_region_unknown if found("metadata/region-unknown", cfg({"name": "demo", "region": "us-west-9"}))

test_region_known if not found("metadata/region-unknown", cfg({"name": "demo", "region": "eu-north-1"}))

test_region_china_known if not found("metadata/region-unknown", cfg({"name": "demo", "region": "cn-north-1"}))

test_retired_version_is_error if level("1.14", "2026-01-01") == "error"

test_version_past_extended_support_is_error if level("1.29", "2026-03-24") == "error"

test_version_in_extended_support_is_warning if level("1.29", "2025-06-01") == "warning"

test_version_within_90_days_is_warning if level("1.32", "2027-01-15") == "warning"

test_version_in_standard_support_is_ok if level("1.32", "2025-06-01") == "ok"

test_version_newer_than_list_is_unlisted if level("1.99", "2026-01-01") == "unlisted"

test_not_an_eks_version_is_error if level("1.3", "2026-01-01") == "error"

test_auto_and_latest_say_nothing if {
	count(metadata.version_status("auto", at("2026-01-01"))) == 0
	count(metadata.version_status("latest", at("2026-01-01"))) == 0
}

test_old_version_in_config_is_reported if found("metadata/version-unsupported", cfg({"name": "demo", "region": "us-west-2", "version": "1.21"}))

test_missing_version_says_nothing if {
	not found("metadata/version-unsupported", cfg({"name": "demo", "region": "us-west-2"}))
	not found("metadata/version-unlisted", cfg({"name": "demo", "region": "us-west-2"}))
}
