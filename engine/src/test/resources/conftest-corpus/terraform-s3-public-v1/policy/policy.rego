package main
import rego.v1
deny contains msg if {
  some rc in input.resource_changes
  rc.type == "aws_s3_bucket_acl"
  rc.change.after.acl in {"public-read", "public-read-write"}
  msg := sprintf("%s makes a bucket public", [rc.address])
}
