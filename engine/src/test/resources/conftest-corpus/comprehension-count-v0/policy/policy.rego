package main
deny[msg] {
  names := [c.name | c := input.spec.containers[_]]
  count(names) != count({n | n := names[_]})
  msg := "container names must be unique"
}
