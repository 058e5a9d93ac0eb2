package main
endpoint_mode = "private" {
  input.vpc.clusterEndpoints.privateAccess == true
  input.vpc.clusterEndpoints.publicAccess == false
} else = "public" {
  true
}
deny[msg] {
  endpoint_mode == "public"
  msg := "the cluster endpoint must be private"
}
