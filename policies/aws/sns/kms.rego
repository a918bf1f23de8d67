# METADATA
# title: SNS topics are encrypted with KMS
# description: |
#   SNS stores messages unencrypted unless kms_master_key_id names a KMS
#   key: notifications about model jobs or agent actions may carry prompts,
#   outputs or identifiers. Encryption is off by default.
# custom:
#   id: AWS-SNS-001
#   severity: medium
#   resource_types: [aws_sns_topic]
#   formats: [terraform]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-4]
#     aws-fsbp: ["~SNS.1"]
#   defender: >-
#     SNS topics should be encrypted at rest using AWS KMS
#   remediation:
#     terraform: >-
#       Set `kms_master_key_id` to a customer-managed KMS key (or `alias/aws/sns`).
#   fix:
#     none: choosing the key (and granting publishers its use) is a decision
#   since: 0.2.0
package posture.aws.sns.kms

import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["kms_master_key_id"]} if {
	object.get(input.resource, "kms_master_key_id", "") == ""
	msg := sprintf("%s stores messages unencrypted: %s.", [
		terraform.label, terraform.found(["kms_master_key_id"], "SNS topics are not encrypted by default"),
	])
}
