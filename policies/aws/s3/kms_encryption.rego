# METADATA
# title: S3 default encryption uses KMS
# description: |
#   S3 encrypts new objects with SSE-S3 (AES256) by default; SSE-KMS adds a
#   key policy, a CloudTrail record of every key use and the ability to
#   revoke access to sensitive AI data by disabling the key. A bucket with no
#   encryption configuration in the scanned files is reported at low
#   severity (the configuration may live elsewhere).
# custom:
#   id: AWS-S3-003
#   severity: medium
#   resource_types: [aws_s3_bucket_server_side_encryption_configuration, aws_s3_bucket]
#   formats: [terraform]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-5]
#     aws-fsbp: [S3.17]
#   remediation:
#     terraform: >-
#       Add an `aws_s3_bucket_server_side_encryption_configuration` for the bucket with `rule { apply_server_side_encryption_by_default { sse_algorithm = "aws:kms"; kms_master_key_id = aws_kms_key.data.arn } }`.
#   since: 0.1.0
package posture.aws.s3.kms_encryption

import data.posture.lib
import data.posture.lib.aws
import data.posture.lib.terraform

config_type := "aws_s3_bucket_server_side_encryption_configuration"

kms_algorithms := {"aws:kms", "aws:kms:dsse"}

# rule_paths are the paths of the encryption rules of the input.
rule_paths contains ["rule", i] if {
	input.type == config_type
	some i, _ in input.resource.rule
}

rule_paths contains ["server_side_encryption_configuration", i, "rule", j] if {
	input.type == "aws_s3_bucket"
	some i, c in input.resource.server_side_encryption_configuration
	some j, _ in c.rule
}

deny contains {"msg": msg, "path": path} if {
	some rule in rule_paths
	path := array.concat(rule, ["apply_server_side_encryption_by_default", 0, "sse_algorithm"])
	not object.get(input.resource, path, "AES256") in kms_algorithms
	msg := sprintf("%s does not encrypt objects with KMS: %s.", [
		terraform.label, terraform.found(path, "S3 applies SSE-S3, AES256"),
	])
}

deny contains {"msg": msg, "severity": "low", "status": aws.missing_config_status(config_type)} if {
	input.type == "aws_s3_bucket"
	lib.known("server_side_encryption_configuration")
	not input.resource.server_side_encryption_configuration
	count(aws.bucket_configs(config_type)) == 0
	msg := sprintf("%s has no aws_s3_bucket_server_side_encryption_configuration in the scanned files: objects get SSE-S3 (AES256), not a KMS key.", [terraform.label])
}
