package main
import rego.v1
warn contains msg if {
  t := time.parse_duration_ns(input.timeout)
  t > time.parse_duration_ns("30s")
  msg := sprintf("timeout %s is longer than 30s", [input.timeout])
}
