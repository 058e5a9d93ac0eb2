package main
import rego.v1
violation contains {"msg": msg, "details": {"container": c.name}} if {
  c := input.spec.containers[_]
  not c.resources.limits.memory
  msg := sprintf("%s has no memory limit", [c.name])
}
