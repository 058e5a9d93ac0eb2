package main
contains_secret(env) {
  contains(lower(env.name), "password")
}
deny[msg] {
  env := input.spec.containers[_].env[_]
  contains_secret(env)
  env.value
  msg := sprintf("env %s holds a password in clear", [env.name])
}
