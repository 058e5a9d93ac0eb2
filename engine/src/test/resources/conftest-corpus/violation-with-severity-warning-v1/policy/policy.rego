package main
import rego.v1
violation contains {"msg": "replicas below 3", "severity": "warning"} if input.spec.replicas < 3
violation contains {"msg": "no strategy", "severity": "error"} if not input.spec.strategy
