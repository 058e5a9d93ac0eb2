package main
import data.lib.kubernetes as k8s
deny[msg] {
  k8s.is_workload
  not input.metadata.labels.team
  msg := "workloads need a team label"
}
