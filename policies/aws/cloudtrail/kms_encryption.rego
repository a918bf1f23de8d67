# METADATA
# title: CloudTrail logs encrypted with KMS
# description: |
#   Audit logs name resources and principals. With a customer-managed KMS
#   key, reading them needs kms:Decrypt as well as S3 access, and every read
#   is itself logged. Without kms_key_id the logs get SSE-S3 only.
# custom:
#   id: AWS-CT-002
#   severity: medium
#   resource_types: [aws_cloudtrail]
#   formats: [terraform]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-5]
#     cis-aws: ["3.5"]
#     aws-fsbp: [CloudTrail.2]
#   remediation:
#     terraform: >-
#       Set `kms_key_id` to the ARN of a customer-managed `aws_kms_key` whose policy lets CloudTrail use it.
#   since: 0.1.0
package posture.aws.cloudtrail.kms_encryption

import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["kms_key_id"]} if {
	object.get(input.resource, "kms_key_id", "") == ""
	msg := sprintf("CloudTrail trail %s does not encrypt its logs with KMS: %s.", [
		terraform.label, terraform.found(["kms_key_id"], "SSE-S3 only"),
	])
}
