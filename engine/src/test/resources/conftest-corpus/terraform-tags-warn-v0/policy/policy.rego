package main
required := {"owner", "env"}
warn[msg] {
  rc := input.resource_changes[_]
  tags := object.get(rc.change.after, "tags", {})
  missing := required - {k | tags[k]}
  count(missing) > 0
  msg := sprintf("%s is missing tags %v", [rc.address, sort(missing)])
}
