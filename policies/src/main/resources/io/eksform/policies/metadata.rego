# Cluster metadata: name length, region, Kubernetes version support.
package eksform.rules.metadata

import data.eksform.lib
import rego.v1

meta := lib.get(input, "metadata", {})

versions := data.eksform.kubernetesVersions

day_ns := ((24 * 60) * 60) * 1000000000

# What to say about the config's version, computed once per evaluation.
config_version_status := version_status(lib.get(meta, "version", ""), time.now_ns())

# METADATA
# title: Cluster name too long
# description: An EKS cluster name has at most 100 characters (the character rules are checked by the schema).
# custom:
#   id: metadata/name-length
#   severity: error
#   remediation: Shorten `metadata.name` to 100 characters or fewer.
findings contains lib.finding("metadata/name-length", "error", msg, ["metadata", "name"]) if {
	name := lib.get(meta, "name", "")
	is_string(name)
	count(name) > 100
	msg := sprintf("cluster name has %d characters; EKS allows at most 100", [count(name)])
}

# METADATA
# title: Unknown AWS region
# description: "`metadata.region` must be an AWS region (commercial, China, GovCloud or ISO partitions)."
# custom:
#   id: metadata/region-unknown
#   severity: error
#   remediation: Use a region code such as `us-west-2`; check for typos.
findings contains lib.finding("metadata/region-unknown", "error", msg, ["metadata", "region"]) if {
	region := lib.get(meta, "region", "")
	is_string(region)
	region != ""
	not region in data.eksform.regions
	msg := sprintf("region %q is not an AWS region", [region])
}

# METADATA
# title: Kubernetes version not supported by EKS
# description: "`metadata.version` must be a Kubernetes version that EKS still offers: versions past the end of extended support (or never offered) are refused by EKS and eksctl when the cluster is created or upgraded. The file itself stays valid, so this is a warning by default; set `limits.unsupportedVersionSeverity: error` in `.eksform.yaml` to fail on it."
# custom:
#   id: metadata/version-unsupported
#   severity: warning
#   remediation: Choose a supported version (see the list in the rule's page), and plan the upgrade path one minor version at a time.
findings contains lib.finding("metadata/version-unsupported", unsupported_severity, msg, ["metadata", "version"]) if {
	some status in config_version_status
	status.level == "error"
	msg := status.msg
}

unsupported_severity := object.get(data.eksform.limits, "unsupportedVersionSeverity", "warning")

# METADATA
# title: Kubernetes version near or past the end of standard support
# description: The version is in paid extended support, or its extended support ends within 90 days.
# custom:
#   id: metadata/version-end-of-support
#   severity: warning
#   remediation: Plan an upgrade to a version in standard support.
findings contains lib.finding("metadata/version-end-of-support", "warning", msg, ["metadata", "version"]) if {
	some status in config_version_status
	status.level == "warning"
	msg := status.msg
}

# METADATA
# title: Kubernetes version newer than eksform's list
# description: The version is newer than every version in eksform's list of EKS versions; the list may be older than the version.
# custom:
#   id: metadata/version-unlisted
#   severity: warning
#   remediation: Check that EKS offers the version; update eksform to refresh its list.
findings contains lib.finding("metadata/version-unlisted", "warning", msg, ["metadata", "version"]) if {
	some status in config_version_status
	status.level == "unlisted"
	msg := status.msg
}

# What to say about version v at time now (in ns): a set of {level, msg}.
version_status(v, now) := result if {
	result := {s | some s in statuses(v, now)}
}

statuses(v, _) := [{"level": "error", "msg": sprintf("Kubernetes %s is no longer supported by EKS", [v])}] if {
	v in versions.retired
}

statuses(v, now) := [status] if {
	entry := versions.versions[v]
	status := listed_status(v, entry, now)
}

statuses(v, _) := [{"level": "unlisted", "msg": sprintf("Kubernetes %s is newer than eksform's list of EKS versions (made %s)", [v, versions.listMade])}] if {
	unknown(v)
	newer_than_all(v)
}

statuses(v, _) := [{"level": "error", "msg": sprintf("Kubernetes %s is not a version EKS offers", [v])}] if {
	unknown(v)
	not newer_than_all(v)
}

unknown(v) if {
	is_string(v)
	regex.match(`^[0-9]+\.[0-9]+$`, v)
	not v in versions.retired
	not versions.versions[v]
}

newer_than_all(v) if {
	every listed, _ in versions.versions {
		newer(v, listed)
	}
}

newer(a, b) if {
	pa := [to_number(x) | some x in split(a, ".")]
	pb := [to_number(x) | some x in split(b, ".")]
	pa > pb
}

ns_of(date) := time.parse_rfc3339_ns(concat("", [date, "T00:00:00Z"]))

listed_status(v, entry, now) := {"level": "error", "msg": msg} if {
	now >= ns_of(entry.endOfExtendedSupport)
	msg := sprintf("Kubernetes %s reached the end of EKS extended support on %s", [v, entry.endOfExtendedSupport])
}

listed_status(v, entry, now) := {"level": "warning", "msg": msg} if {
	now < ns_of(entry.endOfExtendedSupport)
	now >= ns_of(entry.endOfExtendedSupport) - (90 * day_ns)
	msg := sprintf("EKS extended support for Kubernetes %s ends on %s", [v, entry.endOfExtendedSupport])
}

listed_status(v, entry, now) := {"level": "warning", "msg": msg} if {
	now < ns_of(entry.endOfExtendedSupport) - (90 * day_ns)
	now >= ns_of(entry.endOfStandardSupport)
	msg := sprintf("Kubernetes %s left EKS standard support on %s; extended support (extra cost) ends on %s", [v, entry.endOfStandardSupport, entry.endOfExtendedSupport])
}

listed_status(_, entry, now) := {"level": "ok", "msg": ""} if {
	now < ns_of(entry.endOfStandardSupport)
	now < ns_of(entry.endOfExtendedSupport) - (90 * day_ns)
}
