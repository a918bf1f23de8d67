# METADATA
# title: Customer-managed KMS keys rotate
# description: |
#   Automatic rotation limits how much data a compromised key version
#   protects. enable_key_rotation defaults to false; it applies to symmetric
#   encryption keys (customer_master_key_spec absent or SYMMETRIC_DEFAULT).
# custom:
#   id: AWS-KMS-001
#   severity: medium
#   resource_types: [aws_kms_key]
#   formats: [terraform]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-6]
#     cis-aws: ["3.6"]
#     aws-fsbp: [KMS.4]
#   remediation:
#     terraform: >-
#       Set `enable_key_rotation = true` (optionally `rotation_period_in_days`).
#   fix:
#     terraform: {set: {enable_key_rotation: true}}
#   since: 0.1.0
package posture.aws.kms.key_rotation

import data.posture.lib
import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["enable_key_rotation"]} if {
	object.get(input.resource, "enable_key_rotation", false) != true
	lib.known("customer_master_key_spec")
	object.get(input.resource, "customer_master_key_spec", "SYMMETRIC_DEFAULT") == "SYMMETRIC_DEFAULT"
	msg := sprintf("KMS key %s does not rotate: %s.", [
		terraform.label, terraform.found(["enable_key_rotation"], "the default is false"),
	])
}
