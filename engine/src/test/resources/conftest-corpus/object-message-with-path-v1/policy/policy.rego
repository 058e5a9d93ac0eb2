package main
import rego.v1
deny contains {"msg": "cluster name too long", "path": ["metadata", "name"]} if {
  count(input.metadata.name) > 20
}
