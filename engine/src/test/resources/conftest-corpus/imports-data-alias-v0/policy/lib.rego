package lib.kubernetes
is_workload {
  input.kind == {"Deployment", "StatefulSet", "DaemonSet"}[_]
}
