package main
import rego.v1
deny contains msg if {
  input.kind == "Deployment"
  not input.spec.template.spec.securityContext.runAsNonRoot
  msg := sprintf("Containers must not run as root in Deployment %s", [input.metadata.name])
}
