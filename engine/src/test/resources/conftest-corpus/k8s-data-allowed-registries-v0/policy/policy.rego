package main
deny[msg] {
  c := input.spec.containers[_]
  not allowed(c.image)
  msg := sprintf("image %s is not from an allowed registry", [c.image])
}
allowed(image) {
  startswith(image, data.registries[_])
}
