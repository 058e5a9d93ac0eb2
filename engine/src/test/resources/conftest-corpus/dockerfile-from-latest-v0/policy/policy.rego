package main
deny[msg] {
  input[i].Cmd == "from"
  val := input[i].Value
  contains(val[i2], ":latest")
  msg := sprintf("do not use the latest tag: %s", [val[i2]])
}
