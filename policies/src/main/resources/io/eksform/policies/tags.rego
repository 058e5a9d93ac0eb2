# AWS tags on the cluster, node groups, Fargate profiles, service accounts and add-ons.
package eksform.rules.tags

import data.eksform.lib
import rego.v1

# Every tag map of the config with its path.
tag_maps contains [["metadata", "tags"], tags] if {
	tags := lib.get(lib.get(input, "metadata", {}), "tags", null)
	is_object(tags)
}

tag_maps contains [[list, i, "tags"], tags] if {
	some list in ["fargateProfiles", "nodeGroups", "managedNodeGroups", "addons"]
	some i, item in lib.items(lib.get(input, list, []))
	tags := lib.get(item, "tags", null)
	is_object(tags)
}

tag_maps contains [["iam", list, i, "tags"], tags] if {
	some list in ["serviceAccounts", "podIdentityAssociations"]
	some i, item in lib.items(lib.get(lib.get(input, "iam", {}), list, []))
	tags := lib.get(item, "tags", null)
	is_object(tags)
}

# METADATA
# title: Too many tags
# description: An AWS resource takes at most 50 tags.
# custom:
#   id: tags/max-count
#   severity: error
#   remediation: Remove tags until at most 50 remain.
findings contains lib.finding("tags/max-count", "error", msg, path) if {
	some [path, tags] in tag_maps
	count(tags) > 50
	msg := sprintf("%d tags; AWS allows at most 50 per resource", [count(tags)])
}

# METADATA
# title: Tag key length
# description: A tag key has 1 to 128 characters.
# custom:
#   id: tags/key-length
#   severity: error
#   remediation: Shorten the key to 128 characters or fewer.
findings contains lib.finding("tags/key-length", "error", msg, array.concat(path, [key])) if {
	some [path, tags] in tag_maps
	some key, _ in tags
	count(key) > 128
	msg := sprintf("tag key of %d characters; at most 128 are allowed", [count(key)])
}

# METADATA
# title: Tag value length
# description: A tag value has at most 256 characters.
# custom:
#   id: tags/value-length
#   severity: error
#   remediation: Shorten the value to 256 characters or fewer.
findings contains lib.finding("tags/value-length", "error", msg, array.concat(path, [key])) if {
	some [path, tags] in tag_maps
	some key, value in tags
	is_string(value)
	count(value) > 256
	msg := sprintf("value of tag %q has %d characters; at most 256 are allowed", [key, count(value)])
}

# METADATA
# title: Reserved tag prefix
# description: Tag keys starting with `aws:` are reserved for AWS.
# custom:
#   id: tags/reserved-prefix
#   severity: error
#   remediation: Choose a key without the `aws:` prefix.
findings contains lib.finding("tags/reserved-prefix", "error", msg, array.concat(path, [key])) if {
	some [path, tags] in tag_maps
	some key, _ in tags
	startswith(lower(key), "aws:")
	msg := sprintf("tag key %q uses the reserved prefix aws:", [key])
}
