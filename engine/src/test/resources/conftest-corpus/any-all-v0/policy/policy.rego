package main
deny[msg] {
  checks := [c.readinessProbe != null | c := input.spec.containers[_]]
  not all(checks)
  any(checks)
  msg := "some containers lack readiness probes"
}
