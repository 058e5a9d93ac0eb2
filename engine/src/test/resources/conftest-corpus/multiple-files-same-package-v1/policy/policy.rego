package main
import rego.v1
deny contains msg if {
  input.kind == "Ingress"
  not tls_enabled
  msg := "ingress must terminate TLS"
}
