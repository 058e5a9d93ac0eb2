# Cluster-wide settings eksctl checks: upgrade policy, rollback, control plane logging, secrets
# encryption, identity providers, Karpenter and GitOps.
package eksform.rules.cluster

import data.eksform.lib
import rego.v1

log_types := {"api", "audit", "authenticator", "controllerManager", "scheduler", "all", "*"}

retention_days := {1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1827, 3653}

# METADATA
# title: Upgrade policy or rollback out of range
# description: "`upgradePolicy.supportType` is STANDARD or EXTENDED; `metadata.rollbackConfig.timeoutMinutes` is between 120 and 10080."
# custom:
#   id: cluster/upgrade-settings
#   severity: error
#   remediation: Use one of the accepted values.
findings contains lib.finding("cluster/upgrade-settings", "error", msg, ["upgradePolicy", "supportType"]) if {
	t := lib.get(lib.get(input, "upgradePolicy", {}), "supportType", "")
	is_string(t)
	t != ""
	not t in {"STANDARD", "EXTENDED"}
	msg := "upgradePolicy.supportType must be either \"STANDARD\" or \"EXTENDED\""
}

findings contains lib.finding("cluster/upgrade-settings", "error", msg, ["metadata", "rollbackConfig", "timeoutMinutes"]) if {
	t := lib.get(lib.get(lib.get(input, "metadata", {}), "rollbackConfig", {}), "timeoutMinutes", null)
	is_number(t)
	not between(t, 120, 10080)
	msg := sprintf("metadata.rollbackConfig.timeoutMinutes must be between 120 and 10080, got %d", [t])
}

between(x, lo, hi) if {
	x >= lo
	x <= hi
}

# METADATA
# title: Control plane logging settings
# description: "`cloudWatch.clusterLogging.enableTypes` names api, audit, authenticator, controllerManager, scheduler (or `all`, `*`); `logRetentionInDays` is one of CloudWatch's values (1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1827, 3653) and needs log types."
# custom:
#   id: cluster/logging
#   severity: error
#   remediation: Fix the log type or retention, or enable log types.
findings contains lib.finding("cluster/logging", "error", msg, ["cloudWatch", "clusterLogging", "enableTypes", k]) if {
	some k, t in lib.items(logging.enableTypes)
	not t in log_types
	msg := sprintf("log type %q (cloudWatch.clusterLogging.enableTypes[%d]) is unknown", [t, k])
}

logging := lib.get(lib.get(input, "cloudWatch", {}), "clusterLogging", {})

findings contains lib.finding("cluster/logging", "error", msg, ["cloudWatch", "clusterLogging", "logRetentionInDays"]) if {
	days := lib.get(logging, "logRetentionInDays", 0)
	is_number(days)
	days != 0
	msg := retention_problem(days)
}

retention_problem(_) := "cannot set cloudWatch.clusterLogging.logRetentionInDays without enabling log types" if {
	count(lib.items(lib.get(logging, "enableTypes", []))) == 0
} else := sprintf("invalid value %d for logRetentionInDays; supported values are %v", [days, sort(retention_days)]) if {
	days := logging.logRetentionInDays
	not days in retention_days
}

# METADATA
# title: Secrets encryption key
# description: "`secretsEncryption` needs `keyARN`, an ARN of the KMS key."
# custom:
#   id: cluster/secrets-encryption
#   severity: error
#   remediation: "Give the KMS key's ARN, such as `arn:aws:kms:us-west-2:111122223333:key/...`."
findings contains lib.finding("cluster/secrets-encryption", "error", msg, path) if {
	enc := lib.get(input, "secretsEncryption", null)
	is_object(enc)
	key := lib.get(enc, "keyARN", "")
	not lib.is_arn(key)
	[msg, path] := encryption_problem(key)
}

encryption_problem("") := ["field secretsEncryption.keyARN is required for enabling secrets encryption", ["secretsEncryption"]]

encryption_problem(key) := [sprintf("invalid ARN in secretsEncryption.keyARN: %q", [key]), ["secretsEncryption", "keyARN"]] if key != ""

# METADATA
# title: Identity provider fields
# description: "An OIDC identity provider needs `name`, `clientID` and `issuerURL`."
# custom:
#   id: cluster/identity-provider
#   severity: error
#   remediation: Set the missing field.
findings contains lib.finding("cluster/identity-provider", "error", msg, ["identityProviders", k]) if {
	some k, p in lib.items(lib.get(input, "identityProviders", []))
	lower(lib.get(p, "type", "")) == "oidc"
	some field in ["name", "clientID", "issuerURL"]
	not lib.is_set(lib.get(p, field, ""))
	not earlier_missing(p, field)
	msg := sprintf("identityProviders[%d] is invalid: %s must be set and non-empty", [k, field])
}

earlier_missing(p, "clientID") if not lib.is_set(lib.get(p, "name", ""))

earlier_missing(p, "issuerURL") if not lib.is_set(lib.get(p, "name", ""))

earlier_missing(p, "issuerURL") if not lib.is_set(lib.get(p, "clientID", ""))

# METADATA
# title: Karpenter settings
# description: "`karpenter` needs a `version` of at least v0.20.0 and `iam.withOIDC: true`."
# custom:
#   id: cluster/karpenter
#   severity: error
#   remediation: Give a supported Karpenter version and enable `iam.withOIDC`.
findings contains lib.finding("cluster/karpenter", "error", msg, path) if {
	k := lib.get(input, "karpenter", null)
	is_object(k)
	[msg, path] := karpenter_problem(k)
}

karpenter_problem(k) := ["failed to validate Karpenter config: version field is required if installing Karpenter is enabled", ["karpenter"]] if {
	not lib.is_set(lib.get(k, "version", ""))
} else := [msg, ["karpenter", "version"]] if {
	not regex.match(`^v?[0-9]+(\.[0-9]+){0,2}([-+].*)?$`, k.version)
	msg := sprintf("failed to validate Karpenter config: failed to parse Karpenter version %q", [k.version])
} else := [msg, ["karpenter", "version"]] if {
	older_than(k.version, data.eksform.eksctl.minimumKarpenterVersion)
	msg := sprintf("failed to validate Karpenter config: minimum supported version is v%s", [data.eksform.eksctl.minimumKarpenterVersion])
} else := ["failed to validate Karpenter config: iam.withOIDC must be enabled with Karpenter", oidc_path] if {
	lib.get(lib.get(input, "iam", {}), "withOIDC", false) != true
}

oidc_path := ["iam", "withOIDC"] if {
	"withOIDC" in object.keys(lib.get(input, "iam", {}))
} else := ["karpenter"]

older_than(a, b) if semver_parts(a) < semver_parts(b)

semver_parts(v) := [to_number(x) | some x in array.slice(array.concat(split(core, "."), ["0", "0", "0"]), 0, 3)] if {
	core := split(split(trim_prefix(v, "v"), "-")[0], "+")[0]
}

# METADATA
# title: GitOps Flux settings
# description: "`gitops.flux` needs `gitProvider` and `flags`."
# custom:
#   id: cluster/gitops
#   severity: error
#   remediation: Set `gitops.flux.gitProvider` and the `flags` passed to flux bootstrap.
findings contains lib.finding("cluster/gitops", "error", msg, ["gitops", "flux"]) if {
	flux := lib.get(lib.get(input, "gitops", {}), "flux", null)
	is_object(flux)
	field := missing_flux_field(flux)
	msg := sprintf("gitops.flux.%s must be set", [field])
}

missing_flux_field(flux) := "gitProvider" if {
	not lib.is_set(lib.get(flux, "gitProvider", ""))
} else := "flags" if {
	not lib.is_set(lib.get(flux, "flags", {}))
}

# METADATA
# title: IAM identity mapping fields
# description: "An `iamIdentityMappings` entry with `serviceName` needs `namespace` and takes no `arn`, `username` or `groups`; `namespace` needs `serviceName`; `account` stands alone."
# custom:
#   id: cluster/identity-mapping
#   severity: error
#   remediation: Map either an ARN (with username and groups), a service (with its namespace) or an account.
findings contains lib.finding("cluster/identity-mapping", "error", msg, ["iamIdentityMappings", k]) if {
	some k, m in lib.items(lib.get(input, "iamIdentityMappings", []))
	is_object(m)
	msg := mapping_problem(m)
}

mapping_problem(m) := "cannot use arn, username, and groups with serviceName" if {
	lib.is_set(lib.get(m, "serviceName", ""))
	some f in ["arn", "username", "groups"]
	lib.is_set(lib.get(m, f, ""))
} else := "namespace is required when using serviceName" if {
	lib.is_set(lib.get(m, "serviceName", ""))
	not lib.is_set(lib.get(m, "namespace", ""))
} else := "serviceName is required when using namespace" if {
	not lib.is_set(lib.get(m, "serviceName", ""))
	lib.is_set(lib.get(m, "namespace", ""))
} else := "account cannot be configured with any other options" if {
	lib.is_set(lib.get(m, "account", ""))
	some f in ["arn", "username", "groups", "serviceName", "namespace"]
	lib.is_set(lib.get(m, f, ""))
}

# METADATA
# title: Argo CD capability without its configuration
# description: "A capability of type ARGOCD needs `configuration.argocd.awsIdc` (eksctl checks it in `eksctl create capability`)."
# custom:
#   id: cluster/capability
#   severity: error
#   remediation: "Add `configuration.argocd.awsIdc.idcInstanceArn`."
findings contains lib.finding("cluster/capability", "error", msg, ["capabilities", k]) if {
	some k, c in lib.items(lib.get(input, "capabilities", []))
	lib.get(c, "type", "") == "ARGOCD"
	msg := argocd_problem(c)
}

argocd_problem(c) := "configuration is required for ARGOCD capability" if {
	lib.get(c, "configuration", null) == null
} else := "argocd configuration is required for ARGOCD capability" if {
	lib.get(c.configuration, "argocd", null) == null
} else := "awsIdc configuration is required for ARGOCD capability" if {
	lib.get(c.configuration.argocd, "awsIdc", null) == null
}
