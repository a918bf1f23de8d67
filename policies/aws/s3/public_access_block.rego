# METADATA
# title: S3 Block Public Access fully enabled
# description: |
#   S3 Block Public Access stops ACL and bucket-policy mistakes from exposing
#   training data and model artifacts. In Terraform every argument of
#   aws_s3_bucket_public_access_block defaults to false: declaring the
#   resource without arguments turns protection off.
# custom:
#   id: AWS-S3-001
#   severity: high
#   resource_types: [aws_s3_bucket_public_access_block, aws_s3_account_public_access_block]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#     cis-aws: ["2.1.4"]
#   remediation:
#     terraform: >-
#       Set `block_public_acls`, `block_public_policy`, `ignore_public_acls` and `restrict_public_buckets` to `true`.
#   since: 0.1.0
package posture.aws.s3.public_access_block

settings := ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"]

deny contains {"msg": msg, "path": [s]} if {
	some s in settings
	object.get(input.resource, s, false) != true
	msg := sprintf("%s %q leaves S3 Block Public Access partly off: %s %s.", [input.type, input.name, s, state(s)])
}

state(s) := "is false" if input.resource[s] == false

else := "is not set (the provider default is false)"
