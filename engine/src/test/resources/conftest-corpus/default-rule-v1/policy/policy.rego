package main
import rego.v1
default max_replicas := 10
max_replicas := data.limits.max_replicas
deny contains msg if {
  input.spec.replicas > max_replicas
  msg := sprintf("replicas %d above %d", [input.spec.replicas, max_replicas])
}
