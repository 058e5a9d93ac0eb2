package main
deny[msg] {
  not re_match("^[a-z0-9-]+$", input.metadata.name)
  msg := sprintf("name %q is not DNS-1123", [input.metadata.name])
}
