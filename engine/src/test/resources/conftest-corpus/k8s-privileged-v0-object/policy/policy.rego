package main
deny[{"msg": msg}] {
  c := input.spec.containers[_]
  c.securityContext.privileged
  msg := sprintf("privileged container %s", [c.name])
}
