package main
import rego.v1
warn_deprecated_api contains msg if {
  input.apiVersion == "extensions/v1beta1"
  msg := sprintf("%s uses a removed API version", [input.kind])
}
