package main
import rego.v1
warn contains msg if {
  some ng in input.managedNodeGroups
  ng.desiredCapacity > ng.maxSize
  msg := sprintf("node group %s wants more nodes than its maximum", [ng.name])
}
deny contains msg if {
  some ng in input.managedNodeGroups
  ng.minSize > ng.maxSize
  msg := sprintf("node group %s: minSize above maxSize", [ng.name])
}
