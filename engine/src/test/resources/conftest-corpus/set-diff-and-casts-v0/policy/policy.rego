package main
deny[msg] {
  have := cast_set(input.capabilities)
  extra := set_diff(have, {"NET_BIND_SERVICE"})
  count(extra) > 0
  msg := sprintf("capabilities not allowed: %v", [sort(cast_array(extra))])
}
