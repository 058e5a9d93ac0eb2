package main
import rego.v1
deny contains msg if {
  some rc in input.resource_changes
  rc.type == "aws_instance"
  not rc.change.after.instance_type in data.allowed.instance_types
  msg := sprintf("%s: instance type %s not allowed", [rc.address, rc.change.after.instance_type])
}
