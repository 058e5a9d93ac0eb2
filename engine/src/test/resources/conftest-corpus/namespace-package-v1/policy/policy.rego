package kubernetes.security
import rego.v1
deny contains msg if {
  input.spec.hostNetwork
  msg := "hostNetwork is not allowed"
}
