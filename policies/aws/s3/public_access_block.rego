# METADATA
# title: S3 Block Public Access fully enabled
# description: |
#   S3 Block Public Access stops ACL and bucket-policy mistakes from exposing
#   training data and model artifacts. In Terraform every argument of
#   aws_s3_bucket_public_access_block defaults to false: declaring the
#   resource without arguments turns protection off. A bucket with no
#   public access block of its own and no fully enabled account-level block
#   in the scanned files relies on the S3 default for new buckets: a low
#   "not explicit" finding, for review unless the scan is declared complete.
# custom:
#   id: AWS-S3-001
#   severity: high
#   resource_types: [aws_s3_bucket_public_access_block, aws_s3_account_public_access_block, aws_s3_bucket]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#     cis-aws: ["2.1.4"]
#     aws-fsbp: [S3.1, S3.8]
#   remediation:
#     terraform: >-
#       Set `block_public_acls`, `block_public_policy`, `ignore_public_acls` and `restrict_public_buckets` to `true`.
#   fix:
#     terraform: {set: {block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true}}
#   since: 0.1.0
package posture.aws.s3.public_access_block

import data.posture.lib
import data.posture.lib.aws

settings := ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"]

# One finding per block, naming every setting that is off, at the first
# setting written false (the line to edit), else at the block.
deny contains {"msg": msg, "path": blamed} if {
	input.type in {"aws_s3_bucket_public_access_block", "aws_s3_account_public_access_block"}
	count(off) > 0
	msg := sprintf("%s %q %s: %s.", [input.type, input.name, extent, detail])
}

# off are the settings, in their documented order, known not to be true.
off := [s |
	some s in settings
	lib.known(s)
	object.get(input.resource, s, false) != true
]

blamed := [written_false[0]] if count(written_false) > 0

else := []

written_false := [s | some s in off; input.resource[s] == false]

extent := "turns S3 Block Public Access off entirely" if count(off) == count(settings)

else := "leaves S3 Block Public Access partly off"

detail := sprintf("none of %s is set (each defaults to false)", [concat(", ", settings)]) if {
	count(off) == count(settings)
	every s in settings {
		not lib.has_value([s])
	}
} else := concat(", ", [state(s) | some s in off])

state(s) := sprintf("%s = false", [s]) if input.resource[s] == false

else := sprintf("%s is not set (the provider default is false)", [s])

# A bucket without an explicit public access block.
deny contains {"msg": msg, "severity": "low", "status": aws.missing_config_status(pab_type)} if {
	input.type == "aws_s3_bucket"
	count(aws.bucket_configs(pab_type)) == 0
	not account_block
	msg := sprintf("aws_s3_bucket %q has no aws_s3_bucket_public_access_block in the scanned files: Block Public Access is not explicit (it relies on the S3 default for new buckets).", [input.name])
}

pab_type := "aws_s3_bucket_public_access_block"

# account_block holds when the scan declares a fully enabled account-level
# public access block.
account_block if {
	some r in object.get(data.posture.by_type, "aws_s3_account_public_access_block", {})
	every s in settings {
		r.resource[s] == true
	}
}
