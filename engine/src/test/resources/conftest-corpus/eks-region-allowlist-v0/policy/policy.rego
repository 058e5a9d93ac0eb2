package main
deny[msg] {
  not data.regions[input.metadata.region]
  msg := sprintf("region %s is not approved", [input.metadata.region])
}
