package main
import rego.v1
tls_enabled if count(input.spec.tls) > 0
