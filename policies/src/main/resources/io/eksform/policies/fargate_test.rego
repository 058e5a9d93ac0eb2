package eksform.rules.fargate_test

import data.eksform.rules.fargate
import rego.v1

found(id, cfg) if {
	some f in fargate.findings with input as cfg
	f.id == id
}

found_at(id, cfg, path) if {
	some f in fargate.findings with input as cfg
	f.id == id
	f.path == path
}

profile(p) := {"fargateProfiles": [p]}

ok_profile := {"name": "fp-dev", "selectors": [{"namespace": "dev", "labels": {"app": "web"}}]}

sel(ns) := {"namespace": ns}

test_clean_profile_has_no_finding if {
	count(fargate.findings) == 0 with input as profile(ok_profile)
}

test_name_missing if found_at("fargate/name-missing", profile({"selectors": [sel("dev")]}), ["fargateProfiles", 0])

test_name_present if not found("fargate/name-missing", profile(ok_profile))

test_name_reserved_prefix if found("fargate/name-reserved-prefix", profile({"name": "eks-dev", "selectors": [sel("dev")]}))

test_name_without_reserved_prefix if not found("fargate/name-reserved-prefix", profile({"name": "dev-eks-", "selectors": [sel("dev")]}))

test_name_syntax_bad if found("fargate/name-syntax", profile({"name": "fp dev!", "selectors": [sel("dev")]}))

test_name_syntax_too_long if found("fargate/name-syntax", profile({"name": concat("", [x | some _ in numbers.range(1, 101); x := "a"]), "selectors": [sel("dev")]}))

test_name_syntax_good if not found("fargate/name-syntax", profile({"name": "fp_dev-1", "selectors": [sel("dev")]}))

test_no_selectors_missing if found_at("fargate/no-selectors", profile({"name": "a"}), ["fargateProfiles", 0])

test_no_selectors_empty if found_at("fargate/no-selectors", profile({"name": "a", "selectors": []}), ["fargateProfiles", 0, "selectors"])

test_no_selectors_pass if not found("fargate/no-selectors", profile(ok_profile))

six_selectors := [sel("a"), sel("b"), sel("c"), sel("d"), sel("e"), sel("f")]

test_max_selectors_fail if found("fargate/max-selectors", profile({"name": "a", "selectors": six_selectors}))

test_max_selectors_five_pass if not found("fargate/max-selectors", profile({"name": "a", "selectors": array.slice(six_selectors, 0, 5)}))

test_max_selectors_raised_limit if {
	not found("fargate/max-selectors", profile({"name": "a", "selectors": six_selectors})) with data.eksform.limits.fargate.selectorsPerProfile as 6
}

test_selector_namespace_missing if found_at("fargate/selector-namespace-missing", profile({"name": "a", "selectors": [{"labels": {"a": "b"}}]}), ["fargateProfiles", 0, "selectors", 0])

test_selector_namespace_present if not found("fargate/selector-namespace-missing", profile(ok_profile))

six_labels := {"a": "1", "b": "2", "c": "3", "d": "4", "e": "5", "f": "6"}

test_max_labels_fail if found("fargate/max-labels", profile({"name": "a", "selectors": [{"namespace": "dev", "labels": six_labels}]}))

test_max_labels_pass if not found("fargate/max-labels", profile({"name": "a", "selectors": [{"namespace": "dev", "labels": object.remove(six_labels, ["f"])}]}))

test_namespace_syntax_bad if found("fargate/namespace-syntax", profile({"name": "a", "selectors": [sel("Dev_NS")]}))

test_namespace_syntax_wildcards_allowed if not found("fargate/namespace-syntax", profile({"name": "a", "selectors": [sel("team-*"), sel("ap?")]}))

test_label_syntax_bad_key if found("fargate/label-syntax", profile({"name": "a", "selectors": [{"namespace": "dev", "labels": {"bad key": "x"}}]}))

test_label_syntax_bad_value if found("fargate/label-syntax", profile({"name": "a", "selectors": [{"namespace": "dev", "labels": {"app": "-x-"}}]}))

test_label_syntax_good if not found("fargate/label-syntax", profile({"name": "a", "selectors": [{"namespace": "dev", "labels": {"example.com/app": "web*", "tier": ""}}]}))

eleven_profiles := [p | some i in numbers.range(1, 11); p := {"name": sprintf("fp-%d", [i]), "selectors": [sel(sprintf("ns-%d", [i]))]}]

test_max_profiles_fail if found_at("fargate/max-profiles", {"fargateProfiles": eleven_profiles}, ["fargateProfiles", 10])

test_max_profiles_ten_pass if not found("fargate/max-profiles", {"fargateProfiles": array.slice(eleven_profiles, 0, 10)})

test_duplicate_name if found_at("fargate/duplicate-name", {"fargateProfiles": [ok_profile, {"name": "fp-dev", "selectors": [sel("other")]}]}, ["fargateProfiles", 1, "name"])

test_unique_names if not found("fargate/duplicate-name", {"fargateProfiles": [ok_profile, {"name": "fp-other", "selectors": [sel("other")]}]})

test_overlap_same_namespace if found("fargate/overlapping-selectors", {"fargateProfiles": [{"name": "a", "selectors": [sel("dev")]}, {"name": "b", "selectors": [sel("dev")]}]})

test_overlap_wildcard if found("fargate/overlapping-selectors", {"fargateProfiles": [{"name": "a", "selectors": [sel("team-*")]}, {"name": "b", "selectors": [sel("team-a")]}]})

test_no_overlap_conflicting_labels if not found("fargate/overlapping-selectors", {"fargateProfiles": [{"name": "a", "selectors": [{"namespace": "dev", "labels": {"app": "x"}}]}, {"name": "b", "selectors": [{"namespace": "dev", "labels": {"app": "y"}}]}]})

test_no_overlap_other_namespace if not found("fargate/overlapping-selectors", {"fargateProfiles": [{"name": "a", "selectors": [sel("dev")]}, {"name": "b", "selectors": [sel("prod")]}]})

vpc := {"subnets": {"private": {"us-west-2a": {"id": "subnet-priv-a"}, "priv-b": {"id": "subnet-priv-b"}}, "public": {"us-west-2a": {"id": "subnet-pub-a"}}}}

test_public_subnet_by_id if found_at("fargate/public-subnet", {"vpc": vpc, "fargateProfiles": [object.union(ok_profile, {"subnets": ["subnet-pub-a"]})]}, ["fargateProfiles", 0, "subnets", 0])

test_unknown_subnet_when_private_declared if found("fargate/public-subnet", {"vpc": vpc, "fargateProfiles": [object.union(ok_profile, {"subnets": ["subnet-elsewhere"]})]})

test_private_subnets_pass if not found("fargate/public-subnet", {"vpc": vpc, "fargateProfiles": [object.union(ok_profile, {"subnets": ["subnet-priv-a", "priv-b"]})]})

test_no_declared_subnets_left_to_plan if not found("fargate/public-subnet", {"fargateProfiles": [object.union(ok_profile, {"subnets": ["subnet-x"]})]})

test_default_namespace_warning if {
	some f in fargate.findings with input as profile({"name": "a", "selectors": [sel("default")]})
	f.id == "fargate/default-namespace"
	f.severity == "warning"
}

test_dedicated_namespace_no_warning if not found("fargate/default-namespace", profile(ok_profile))

test_kube_system_info if {
	some f in fargate.findings with input as profile({"name": "a", "selectors": [sel("kube-system")]})
	f.id == "fargate/kube-system-namespace"
	f.severity == "info"
}

test_kube_system_coredns_quiet if not found("fargate/kube-system-namespace", profile({"name": "a", "selectors": [{"namespace": "kube-system", "labels": {"k8s-app": "kube-dns"}}]}))

test_role_arn_bad if found("fargate/pod-execution-role-arn", profile(object.union(ok_profile, {"podExecutionRoleARN": "arn:aws:iam:123456789012:role/x"})))

test_role_arn_policy_is_not_role if found("fargate/pod-execution-role-arn", profile(object.union(ok_profile, {"podExecutionRoleARN": "arn:aws:iam::123456789012:policy/x"})))

test_role_arn_good if not found("fargate/pod-execution-role-arn", profile(object.union(ok_profile, {"podExecutionRoleARN": "arn:aws:iam::123456789012:role/AmazonEKSFargatePodExecutionRole"})))

test_role_arn_china_partition if not found("fargate/pod-execution-role-arn", profile(object.union(ok_profile, {"podExecutionRoleARN": "arn:aws-cn:iam::123456789012:role/fargate"})))
