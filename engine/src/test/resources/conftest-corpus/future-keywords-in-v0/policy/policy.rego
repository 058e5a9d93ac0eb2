package main
import future.keywords.in
import future.keywords.if
import future.keywords.contains
deny contains msg if {
  some port in input.spec.ports
  port.port in {22, 3389}
  msg := sprintf("port %d must not be exposed", [port.port])
}
