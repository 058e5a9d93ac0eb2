package main
import rego.v1
deny contains "service must not be NodePort" if input.spec.type == "NodePort"
exception contains [""] if input.metadata.annotations["policy/allow-nodeport"] == "true"
