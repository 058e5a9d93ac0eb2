package team.a
deny[msg] {
  input.metadata.namespace == "default"
  msg := "do not deploy into default"
}
