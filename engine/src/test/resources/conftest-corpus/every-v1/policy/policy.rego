package main
import rego.v1
deny contains "every container needs a readiness probe" if {
  not every_probed
}
every_probed if {
  every c in input.spec.containers {
    c.readinessProbe
  }
}
