# METADATA
# title: Secrets Manager secrets are encrypted with a customer-managed key
# description: |
#   Without kms_key_id a secret is encrypted with the AWS managed key
#   aws/secretsmanager, whose key policy lets every principal of the account
#   with Secrets Manager permissions decrypt it. A customer-managed key adds
#   its own key policy as a second gate, and is required to share the secret
#   with another account.
# custom:
#   id: AWS-SEC-002
#   severity: medium
#   resource_types: [aws_secretsmanager_secret]
#   formats: [terraform]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-5]
#   remediation:
#     terraform: >-
#       Set `kms_key_id` to a customer-managed `aws_kms_key`.
#   fix:
#     none: the key (and its policy for the secret readers) must exist first
#   since: 0.2.0
package posture.aws.secretsmanager.cmk

import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["kms_key_id"]} if {
	object.get(input.resource, "kms_key_id", "") == ""
	msg := sprintf("%s is encrypted with the AWS managed key: %s.", [
		terraform.label, terraform.found(["kms_key_id"], "aws/secretsmanager is used"),
	])
}
