package main
deny_latest[msg] {
  c := input.spec.containers[_]
  endswith(c.image, ":latest")
  msg := sprintf("%s uses latest", [c.name])
}
deny_no_limits[msg] {
  c := input.spec.containers[_]
  not c.resources.limits
  msg := sprintf("%s has no limits", [c.name])
}
exception[rules] {
  input.metadata.name == "debug-pod"
  rules := ["latest"]
}
