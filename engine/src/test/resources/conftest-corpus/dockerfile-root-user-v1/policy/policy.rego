package main
import rego.v1
deny contains "the image must switch to a non-root USER" if {
  not any_user
}
any_user if {
  some instr in input
  instr.Cmd == "user"
  instr.Value[0] != "root"
}
