package team.b
warn[msg] {
  not input.metadata.annotations.owner
  msg := "no owner annotation"
}
