# METADATA
# title: S3 server access logging enabled
# description: |
#   Server access logs record every request to a bucket of datasets or model
#   artifacts, the trail needed to investigate a data leak. Buckets log
#   nothing unless an aws_s3_bucket_logging resource (or the legacy logging
#   block) is declared. Buckets that receive other buckets' logs are not
#   reported. A bucket that logs into itself is reported too: every log
#   delivery creates more log records, an endless loop that buries the
#   trail.
# custom:
#   id: AWS-S3-005
#   severity: low
#   resource_types: [aws_s3_bucket, aws_s3_bucket_logging]
#   formats: [terraform]
#   control: Enable auditing and logging
#   compliance:
#     mcsb: [LT-3]
#     aws-fsbp: [S3.9]
#   remediation:
#     terraform: >-
#       Add an `aws_s3_bucket_logging` for the bucket with `target_bucket` set to a dedicated log bucket (not the bucket itself).
#   since: 0.1.0
package posture.aws.s3.access_logging

import data.posture.lib
import data.posture.lib.aws
import data.posture.lib.terraform

config_type := "aws_s3_bucket_logging"

# log_target holds when the bucket receives server access logs.
log_target if {
	some ref in object.get(data.posture.referrers, input.id, [])
	ref.type == config_type
	ref.path == "target_bucket"
}

log_target if {
	some ref in object.get(data.posture.referrers, input.id, [])
	ref.type == "aws_s3_bucket"
	startswith(ref.path, "logging")
}

deny contains {"msg": msg, "status": aws.missing_config_status(config_type)} if {
	input.type == "aws_s3_bucket"
	lib.known("logging")
	not input.resource.logging
	count(aws.bucket_configs(config_type)) == 0
	not log_target
	msg := sprintf("%s has no aws_s3_bucket_logging in the scanned files: requests to the bucket are not logged.", [terraform.label])
}

# The references are computed ids (unknown values): the finding is on the
# resource, not on target_bucket.
deny contains {"msg": msg} if {
	input.type == config_type
	same_bucket
	msg := sprintf("%s delivers the bucket's access logs into the bucket itself, an endless loop of log records: target_bucket is the logged bucket.", [terraform.label])
}

same_bucket if {
	some a in input.refs
	a.path == "bucket"
	some b in input.refs
	b.path == "target_bucket"
	a.target == b.target
}

same_bucket if {
	is_string(input.resource.bucket)
	input.resource.bucket == input.resource.target_bucket
}
